package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping of styled text by terminal columns (wide characters count two). A word that spans
 * several styles (a highlighted name followed by a quote mark) is never split between them; a word
 * longer than a row is cut.
 */
final class Wrap {
    private Wrap() {}

    /** Columns {@code s} takes on a terminal. */
    static int width(String s) {
        return TerminalTextUtils.getColumnWidth(s);
    }

    /** {@code s} cut to {@code width} columns, ending in … when it was cut. */
    static String fit(String s, int width) {
        if (width(s) <= width) {
            return s;
        }
        if (width <= 1) {
            return width == 1 ? "…" : "";
        }
        return TerminalTextUtils.fitString(s, width - 1) + "…";
    }

    static List<Line> text(String text, Style style, int width) {
        return spans(List.of(new Span(text, style)), width, 0);
    }

    /**
     * The spans as rows at most {@code width} columns wide; continuation rows are indented by
     * {@code hang} columns (so numbered options line up under their text). A newline starts a row.
     */
    static List<Line> spans(List<Span> spans, int width, int hang) {
        Builder b = new Builder(Math.max(1, width), Math.min(hang, Math.max(0, width - 8)));
        for (Span s : spans) {
            String t = s.text();
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c == '\n') {
                    b.endWord();
                    b.newRow(true);
                    i++;
                } else if (c == ' ') {
                    b.endWord();
                    b.space(s.style());
                    i++;
                } else {
                    int end = i;
                    while (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '\n') {
                        end++;
                    }
                    b.piece(new Span(t.substring(i, end), s.style()));
                    i = end;
                }
            }
        }
        b.endWord();
        return b.finish();
    }

    /** Accumulates words into rows. */
    private static final class Builder {
        private final int width;
        private final int hang;
        private final List<Line> rows = new ArrayList<>();
        private List<Span> row = new ArrayList<>();
        private int rowWidth;
        private final List<Span> word = new ArrayList<>();
        private int wordWidth;
        private Style pendingSpace;
        private boolean continuation;
        private boolean leading = true;

        Builder(int width, int hang) {
            this.width = width;
            this.hang = hang;
        }

        void piece(Span s) {
            word.add(s);
            wordWidth += s.width();
        }

        void space(Style style) {
            if (leading) {
                // Spaces before a paragraph's first word are indentation, and kept.
                if (rowWidth < width) {
                    row.add(new Span(" ", style));
                    rowWidth++;
                }
            } else if (rowWidth > indent()) {
                pendingSpace = style;
            }
        }

        private int indent() {
            return continuation ? hang : 0;
        }

        private int room() {
            return width - rowWidth;
        }

        void endWord() {
            if (word.isEmpty()) {
                return;
            }
            int need = wordWidth + (pendingSpace != null ? 1 : 0);
            boolean wasLeading = leading;
            leading = false;
            if (!wasLeading && rowWidth > indent() && need > room()) {
                newRow(false);
            }
            if (pendingSpace != null && rowWidth > indent()) {
                row.add(new Span(" ", pendingSpace));
                rowWidth++;
            }
            pendingSpace = null;
            if (wordWidth <= room()) {
                row.addAll(word);
                rowWidth += wordWidth;
            } else {
                cut();
            }
            word.clear();
            wordWidth = 0;
        }

        /** A word wider than a row, cut character by character. */
        private void cut() {
            for (Span s : word) {
                String t = s.text();
                int i = 0;
                while (i < t.length()) {
                    int n = Character.charCount(t.codePointAt(i));
                    String ch = t.substring(i, i + n);
                    if (width(ch) > room() && rowWidth > indent()) {
                        newRow(false);
                    }
                    row.add(new Span(ch, s.style()));
                    rowWidth += width(ch);
                    i += n;
                }
            }
        }

        void newRow(boolean paragraph) {
            rows.add(Line.of(merge(row)));
            row = new ArrayList<>();
            continuation = !paragraph;
            leading = paragraph;
            rowWidth = 0;
            pendingSpace = null;
            if (continuation && hang > 0) {
                row.add(Span.plain(" ".repeat(hang)));
                rowWidth = hang;
            }
        }

        List<Line> finish() {
            if (rowWidth > indent() || rows.isEmpty()) {
                rows.add(Line.of(merge(row)));
            }
            return rows;
        }

        /** Neighbouring spans of one style joined, so a row is a few spans rather than one per character. */
        private static List<Span> merge(List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                int last = out.size() - 1;
                if (last >= 0 && out.get(last).style() == s.style()) {
                    out.set(last, new Span(out.get(last).text() + s.text(), s.style()));
                } else {
                    out.add(s);
                }
            }
            return out;
        }
    }
}
