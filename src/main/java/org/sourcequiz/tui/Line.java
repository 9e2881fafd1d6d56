package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * One screen row: text from the left, optional text aligned to the right edge, and a style that
 * fills the rest of the row (for the header bar and the selected row), or null.
 */
record Line(List<Span> left, List<Span> right, Style fill) {
    Line {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    static final Line EMPTY = new Line(List.of(), List.of(), null);

    static Line of(Span... spans) {
        return new Line(List.of(spans), List.of(), null);
    }

    static Line of(List<Span> spans) {
        return new Line(spans, List.of(), null);
    }

    static Line text(String text, Style style) {
        return of(new Span(text, style));
    }

    static Line text(String text) {
        return text(text, Style.PLAIN);
    }

    Line withRight(Span... spans) {
        return new Line(left, List.of(spans), fill);
    }

    Line filled(Style style) {
        return new Line(left, right, style);
    }

    /** The same row with {@code prefix} in front. */
    Line prefixed(Span prefix) {
        List<Span> l = new ArrayList<>();
        l.add(prefix);
        l.addAll(left);
        return new Line(l, right, fill);
    }

    String plainText() {
        StringBuilder b = new StringBuilder();
        left.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
