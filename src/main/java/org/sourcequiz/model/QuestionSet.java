package org.sourcequiz.model;

import java.util.List;

/**
 * One question file. {@code origin} is where it was read from, for messages.
 *
 * @param imported {@code origin: imported} in the file: its questions came from another tool (a
 *                 Moodle export, say), so {@code source} and {@code passage} may be empty
 */
public record QuestionSet(String id, String title, String description, List<String> tags,
                          List<Question> questions, String origin, boolean imported) {
    public QuestionSet {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        description = description == null ? "" : description;
    }

    public QuestionSet(String id, String title, String description, List<String> tags,
                       List<Question> questions, String origin) {
        this(id, title, description, tags, questions, origin, false);
    }
}
