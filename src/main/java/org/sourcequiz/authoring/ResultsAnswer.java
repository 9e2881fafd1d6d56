package org.sourcequiz.authoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sourcequiz.model.Kind;

/**
 * One question of one attempt, as a results file or a history records it.
 *
 * @param kind     empty when the source does not say (a history database keeps no kinds)
 * @param picked   the options chosen, for choice, truefalse and multi; empty when skipped or typed
 * @param expected the right answer as the student was shown it
 */
public record ResultsAnswer(String questionId, Optional<Kind> kind, double points, double maxPoints, boolean skipped,
                            List<String> picked, String expected) {
    public ResultsAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(kind, "kind");
        picked = List.copyOf(picked);
        expected = expected == null ? "" : expected;
    }

    /** True for the kinds whose answers are options to count. */
    public boolean hasOptions() {
        return kind.map(k -> k == Kind.CHOICE || k == Kind.TRUEFALSE || k == Kind.MULTI).orElse(false);
    }
}
