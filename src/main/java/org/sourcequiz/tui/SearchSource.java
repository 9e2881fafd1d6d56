package org.sourcequiz.tui;

import java.util.List;

/**
 * What the search screen searches, supplied from outside the text UI (which knows no index): the
 * rows for what has been typed so far, best first.
 */
public interface SearchSource {
    List<Row> search(String query);

    /**
     * One hit: a heading (its question id and set, or its article and paragraph), the snippet in
     * parts, matched or not, and the question to quiz on (null for an article paragraph).
     */
    record Row(String heading, List<Part> snippet, String questionId) {
        public Row {
            snippet = List.copyOf(snippet);
        }
    }

    record Part(String text, boolean match) {}
}
