package org.sourcequiz.tui;

/** What a piece of text is for; {@link Theme} decides how that looks with colour or without. */
enum Style {
    PLAIN, BOLD, DIM, HEADER, SELECTED, RIGHT, WRONG, PARTIAL, HIGHLIGHT, PROBLEM, KEY, FRAME, BAR
}
