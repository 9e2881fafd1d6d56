package org.sourcequiz.model;

import java.util.List;

/** Left items each matched to one right item; distractors are extra right items that match nothing. */
public record MatchQuestion(Stem stem, List<Pair> pairs, List<String> distractors) implements Question {
    public MatchQuestion {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    /** One correct match. */
    public record Pair(String left, String right) {}

    @Override
    public Kind kind() {
        return Kind.MATCH;
    }
}
