package org.sourcequiz.explore;

import java.util.List;

/**
 * A cited passage, or the part of it that falls in one paragraph: characters [start, end) of the
 * paragraph's text, and the questions that cite it.
 */
public record PassageMark(int start, int end, List<String> questions) {
    public PassageMark {
        questions = List.copyOf(questions);
    }
}
