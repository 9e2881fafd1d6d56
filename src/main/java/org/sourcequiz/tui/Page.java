package org.sourcequiz.tui;

import java.util.List;
import java.util.Optional;

/**
 * Everything one screen shows, already laid out for the terminal's width: header rows at the top,
 * a body that scrolls, a status row (problems, notes) and a footer with the keys at the bottom.
 *
 * @param focus body row that must stay visible (the selected option), or -1
 * @param scroll first body row wanted on screen; the painter keeps it in range
 * @param caret  where the text cursor goes, in body coordinates; empty hides it
 */
record Page(List<Line> header, List<Line> body, int focus, int scroll, Optional<Caret> caret, Line status, Line footer) {
    Page {
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /** A cursor position: body row and column. */
    record Caret(int row, int column) {}

    static Page of(List<Line> header, List<Line> body, int scroll, Line status, Line footer) {
        return new Page(header, body, -1, scroll, Optional.empty(), status, footer);
    }
}
