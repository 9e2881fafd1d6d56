package org.sourcequiz.study;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Which unfinished session, if any, to offer to resume at start-up. */
public final class Resume {
    private Resume() {}

    /**
     * The most recently started session that still has questions to ask and whose process is gone;
     * a session still running in another terminal is not offered.
     */
    public static Optional<UnfinishedSession> candidate(List<UnfinishedSession> unfinished,
                                                        Predicate<SessionRecord> ownerAlive) {
        return unfinished.stream()
                .filter(u -> !u.remaining().isEmpty())
                .filter(u -> !ownerAlive.test(u.session()))
                .max(Comparator.comparing((UnfinishedSession u) -> u.session().startedAt()));
    }
}
