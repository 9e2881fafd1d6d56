package org.sourcequiz.engine;

import java.util.List;

/**
 * A planned question with the permutations behind its display order.
 *
 * @param shownOptions for each shown option (choice, multi, order, match left side), its index in the question
 * @param shownRights  match only: for each shown right value, its text (pairs' rights then distractors, shuffled)
 */
record Entry(Presented presented, List<Integer> shownOptions, List<String> shownRights) {
    Entry {
        shownOptions = List.copyOf(shownOptions);
        shownRights = List.copyOf(shownRights);
    }

    /** The question's own index of a shown option. */
    int original(int shown) {
        return shownOptions.get(shown);
    }
}
