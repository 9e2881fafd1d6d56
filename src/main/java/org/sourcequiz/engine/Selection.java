package org.sourcequiz.engine;

import java.util.List;
import java.util.Set;
import org.sourcequiz.model.Kind;

/**
 * Which questions a quiz draws from the bank. Each list filters when non-empty (a question passes
 * when it matches any entry of that list); all non-empty filters must pass.
 *
 * @param count how many questions to draw; 0 means all that match
 * @param seed  decides which questions are drawn, their order and the order of their options
 */
public record Selection(List<String> setIds, List<String> tags, List<String> sourceIds, Set<Kind> kinds,
                        int count, long seed) {
    public Selection {
        setIds = List.copyOf(setIds);
        tags = List.copyOf(tags);
        sourceIds = List.copyOf(sourceIds);
        kinds = Set.copyOf(kinds);
        if (count < 0) {
            throw new IllegalArgumentException("count < 0: " + count);
        }
    }

    /** Every question of the bank, shuffled by {@code seed}. */
    public static Selection all(long seed) {
        return new Selection(List.of(), List.of(), List.of(), Set.of(), 0, seed);
    }
}
