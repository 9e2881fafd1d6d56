package org.sourcequiz.explore;

import java.util.List;

/** One passage a source's questions quote (as the first of them spells it), and those questions' ids in bank order. */
public record CitedPassage(String text, List<String> questions) {
    public CitedPassage {
        questions = List.copyOf(questions);
    }
}
