package org.sourcequiz.engine;

import java.util.List;
import org.sourcequiz.model.Bank;

/**
 * The questions of one quiz, in order, each with its options already shuffled. The same bank and
 * seed always give the same plan.
 */
public final class QuizPlan {
    private QuizPlan() {}

    /** Draws the questions the selection matches: shuffled by its seed, the first {@code count} kept. */
    public static QuizPlan select(Bank bank, Selection selection) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /**
     * The given questions in the given order (retrying missed ones, spaced-repetition review);
     * options are shuffled by the seed. Ids not in the bank are left out and listed in {@link #unknownIds()}.
     */
    public static QuizPlan ofIds(Bank bank, List<String> ids, long seed) {
        throw new UnsupportedOperationException("engine API draft");
    }

    public List<Presented> questions() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public long seed() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public int size() {
        return questions().size();
    }

    public boolean isEmpty() {
        return questions().isEmpty();
    }

    /** Ids asked for by {@link #ofIds} that the bank does not hold. */
    public List<String> unknownIds() {
        throw new UnsupportedOperationException("engine API draft");
    }
}
