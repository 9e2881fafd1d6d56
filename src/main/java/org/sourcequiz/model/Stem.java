package org.sourcequiz.model;

import java.util.List;
import java.util.Objects;

/**
 * What every question has whatever its kind: identity, wording, the source it comes from and
 * the verbatim passage that supports the answer.
 *
 * @param highlights words of the passage to highlight; empty means the UI derives them from the answer
 * @param event      a one-line statement of the dated fact the question is about, for the
 *                   timeline; "" when the question is about none
 * @param draft      {@code status: draft} in the file: left out of quizzes unless asked for
 */
public record Stem(
        String id,
        String prompt,
        String sourceId,
        String passage,
        String explain,
        List<String> tags,
        int difficulty,
        int points,
        List<String> highlights,
        String event,
        boolean draft) {

    public Stem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(passage, "passage");
        explain = explain == null ? "" : explain;
        tags = List.copyOf(tags);
        highlights = List.copyOf(highlights);
        event = event == null ? "" : event;
    }

    public Stem(String id, String prompt, String sourceId, String passage, String explain, List<String> tags,
                int difficulty, int points, List<String> highlights) {
        this(id, prompt, sourceId, passage, explain, tags, difficulty, points, highlights, "", false);
    }
}
