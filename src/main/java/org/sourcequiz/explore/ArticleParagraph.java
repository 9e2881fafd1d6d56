package org.sourcequiz.explore;

import java.util.List;

/**
 * A paragraph of an article (or, without the article's text, one cited passage), the passages
 * cited in it in the order they start, and the ids of the questions citing them, each once.
 */
public record ArticleParagraph(String text, List<PassageMark> marks, List<String> questions) {
    public ArticleParagraph {
        marks = List.copyOf(marks);
        questions = List.copyOf(questions);
    }

    public boolean cited() {
        return !questions.isEmpty();
    }
}
