package org.sourcequiz.tui;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the search screen searches, supplied from outside the text UI (which knows no index): the
 * rows for what has been typed so far, best first.
 */
public interface SearchSource {
    List<Row> search(String query);

    /**
     * One hit: a heading (its question id and set, or its article and paragraph), the snippet in
     * parts, matched or not, and the question to quiz on (null for an article paragraph). An
     * article paragraph has {@code page}, the whole paragraph to read, made when Enter asks for it.
     */
    record Row(String heading, List<Part> snippet, String questionId, Supplier<TextPage> page) {
        public Row {
            snippet = List.copyOf(snippet);
        }

        /** A question's row. */
        public Row(String heading, List<Part> snippet, String questionId) {
            this(heading, snippet, questionId, null);
        }

        boolean readable() {
            return page != null;
        }
    }

    record Part(String text, boolean match) {}
}
