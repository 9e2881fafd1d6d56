package org.sourcequiz.study;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What is written when a quiz starts, so that a quiz killed half-way can be resumed: the questions
 * in the order they are asked and the seed that shuffled their options.
 *
 * @param options          the quiz's settings as the caller encodes them (opaque to history), so
 *                         a resumed quiz runs the way the first one did
 * @param ownerPid         the process running the quiz, to tell a killed quiz from one still
 *                         running in another terminal
 * @param ownerStartedAt   when that process started (a pid alone can be reused); null if unknown
 */
public record SessionRecord(String id, Instant startedAt, String mode, long seed, List<String> questionIds,
                            String options, long ownerPid, Instant ownerStartedAt) {
    public SessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(mode, "mode");
        questionIds = List.copyOf(questionIds);
        for (String q : questionIds) {
            if (q.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("question id with a line break: " + q);
            }
        }
        options = options == null ? "" : options;
        startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        ownerStartedAt = ownerStartedAt == null ? null : ownerStartedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
