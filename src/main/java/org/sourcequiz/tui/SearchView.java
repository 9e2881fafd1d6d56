package org.sourcequiz.tui;

import java.util.List;

/** The search screen: the query being typed, its hits and the one under the cursor. */
record SearchView(TextField query, List<SearchSource.Row> rows, int cursor, String message) implements View {
    SearchView {
        rows = List.copyOf(rows);
    }

    long questions() {
        return rows.stream().filter(r -> r.questionId() != null).count();
    }
}
