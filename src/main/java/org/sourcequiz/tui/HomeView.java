package org.sourcequiz.tui;

import java.util.List;

/**
 * Home: the sets, the extra entries, the settings and the start row, as one list with a cursor.
 *
 * @param rows    every selectable row, in order
 * @param cursor  index into rows
 * @param chosen  index into rows of the set a quiz will use
 * @param detail  description of the chosen set
 * @param matching how many questions the chosen set, tag and kind give
 * @param asked   how many of them a quiz will ask
 */
record HomeView(String summary, List<Row> rows, int cursor, int chosen, String detail, int matching, int asked,
                String message, int scroll) implements View {
    HomeView {
        rows = List.copyOf(rows);
    }

    enum RowKind { SET, ENTRY, SETTING, START }

    /** One row: a label and a value or count at its right. */
    record Row(RowKind kind, String label, String value) {}
}
