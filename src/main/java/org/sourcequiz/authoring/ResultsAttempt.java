package org.sourcequiz.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's attempt at a test: one results file (or one session of a CSV file), or a
 * profile's first answers in its history.
 *
 * @param student  the profile name when the source gives one; "default" or empty says nothing about who it was
 * @param session  the quiz session's id; two attempts with the same one are copies of one file
 * @param origin   where it was read, for messages
 * @param finished when the attempt ended, when known
 */
public record ResultsAttempt(String student, String session, String origin, Optional<Instant> finished,
                             List<ResultsAnswer> answers) {
    public ResultsAttempt {
        student = student == null ? "" : student;
        session = session == null ? "" : session;
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(finished, "finished");
        answers = List.copyOf(answers);
    }

    /** True when the student field names someone: the default profile is everyone's on their own machine. */
    public boolean namesStudent() {
        return !student.isEmpty() && !student.equals("default");
    }
}
