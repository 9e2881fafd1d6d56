package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Which facts of an article the bank's passages cover: a fact is covered when a passage of a
 * question on that article includes some of the words that state it (a long quotation is
 * covered by a passage that quotes one of its sentences).
 */
public final class Coverage {
    /** One source's coverage; {@code uncovered} in article order. */
    public record Report(String sourceId, int facts, int covered, List<Fact> uncovered) {
        public Report {
            uncovered = List.copyOf(uncovered);
        }
    }

    private Coverage() {}

    public static Report of(String sourceId, Facts facts, List<String> passages) {
        FoldedText text = new FoldedText(facts.article().text());
        List<int[]> ranges = new ArrayList<>();
        for (String p : passages) {
            ranges.addAll(text.find(p));
        }
        List<Fact> all = facts.all();
        List<Fact> uncovered = new ArrayList<>();
        for (Fact f : all) {
            int start = f.at().start();
            int end = f.at().end();
            if (ranges.stream().noneMatch(r -> r[0] < end && start < r[1])) {
                uncovered.add(f);
            }
        }
        return new Report(sourceId, all.size(), all.size() - uncovered.size(), uncovered);
    }
}
