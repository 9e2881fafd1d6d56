package org.sourcequiz.explore;

import java.util.Optional;

/**
 * One thing a search found: a question (by its id and set) or a paragraph of an article
 * ({@code paragraph}, from 1, when the articles were indexed). Best first, by BM25 score.
 */
public record SearchHit(Type type, String questionId, String setId, String sourceId, int paragraph, float score,
                        SearchSnippet snippet) {
    public enum Type { QUESTION, ARTICLE }

    /** The question's id; empty for an article paragraph. */
    public Optional<String> question() {
        return type == Type.QUESTION ? Optional.of(questionId) : Optional.empty();
    }
}
