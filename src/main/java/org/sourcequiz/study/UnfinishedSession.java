package org.sourcequiz.study;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A session that was started and never finished, with the questions it has answers for. */
public record UnfinishedSession(SessionRecord session, List<String> answeredIds) {
    public UnfinishedSession {
        answeredIds = List.copyOf(answeredIds);
    }

    /** The questions still to ask, in the session's order. */
    public List<String> remaining() {
        Set<String> answered = new HashSet<>(answeredIds);
        return session.questionIds().stream().filter(q -> !answered.contains(q)).toList();
    }
}
