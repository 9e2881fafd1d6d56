package org.sourcequiz.tui;

import java.util.List;

/**
 * A page of text to read and scroll, for screens supplied from outside (statistics). Lines are
 * wrapped to the terminal; a line starting with "# " is shown as a heading.
 */
public record TextPage(String title, List<String> lines) {
    public TextPage {
        lines = List.copyOf(lines);
    }
}
