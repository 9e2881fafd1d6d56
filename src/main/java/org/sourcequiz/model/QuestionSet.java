package org.sourcequiz.model;

import java.util.List;

/** One question file. {@code origin} is where it was read from, for messages. */
public record QuestionSet(String id, String title, String description, List<String> tags,
                          List<Question> questions, String origin) {
    public QuestionSet {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        description = description == null ? "" : description;
    }
}
