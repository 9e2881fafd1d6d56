package org.sourcequiz.tui;

/** A page of text supplied from outside Home (statistics). */
record PageView(TextPage page, int scroll) implements View {}
