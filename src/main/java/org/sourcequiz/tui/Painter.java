package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws a {@link Page} (and an {@link Overlay}) on a Lanterna screen. Knows nothing about quizzes. */
final class Painter {
    static final int MIN_COLUMNS = 60;
    static final int MIN_ROWS = 16;

    private final Screen screen;
    private final Theme theme;
    private boolean painted;

    Painter(Screen screen, Theme theme) {
        this.screen = screen;
        this.theme = theme;
    }

    static boolean tooSmall(TerminalSize size) {
        return size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS;
    }

    /** Paints and shows the page; returns what part of the body is on screen. */
    Viewport paint(Page page, Optional<Overlay> overlay, boolean resized) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        Viewport v;
        if (tooSmall(size)) {
            paintTooSmall(g, size);
            screen.setCursorPosition(null);
            v = Viewport.NONE;
        } else {
            v = paintPage(g, size, page);
            overlay.ifPresent(o -> paintOverlay(g, size, o));
            if (overlay.isPresent()) {
                screen.setCursorPosition(null);
            }
        }
        // The first frame is drawn whole, cell after cell: a delta against the blank screen would first
        // sort every cell that differs, which costs a cold start milliseconds.
        screen.refresh(resized || !painted ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        painted = true;
        return v;
    }

    private void paintTooSmall(TextGraphics g, TerminalSize size) {
        String text = "The terminal is too small (" + size.getColumns() + "×" + size.getRows()
                + "). Make it at least " + MIN_COLUMNS + "×" + MIN_ROWS + ". Ctrl-C leaves.";
        List<Line> lines = Wrap.text(text, Style.BOLD, Math.max(1, size.getColumns()));
        for (int r = 0; r < lines.size() && r < size.getRows(); r++) {
            row(g, r, size.getColumns(), lines.get(r));
        }
    }

    private Viewport paintPage(TextGraphics g, TerminalSize size, Page page) {
        int cols = size.getColumns();
        int top = page.header().size();
        int rows = Math.max(1, size.getRows() - top - 2);
        for (int r = 0; r < top; r++) {
            row(g, r, cols, page.header().get(r));
        }
        int max = Math.max(0, page.body().size() - rows);
        int scroll = Math.max(0, Math.min(max, page.scroll()));
        if (page.focus() >= 0) {
            if (page.focus() < scroll) {
                scroll = page.focus();
            } else if (page.focus() >= scroll + rows) {
                scroll = Math.min(max, page.focus() - rows + 1);
            }
        }
        for (int r = 0; r < rows && scroll + r < page.body().size(); r++) {
            row(g, top + r, cols, page.body().get(scroll + r));
        }
        if (scroll > 0) {
            mark(g, top, cols, "↑ more");
        }
        if (scroll < max) {
            mark(g, top + rows - 1, cols, "↓ more");
        }
        row(g, size.getRows() - 2, cols, page.status());
        row(g, size.getRows() - 1, cols, page.footer());
        Optional<Page.Caret> caret = page.caret();
        if (caret.isPresent() && caret.get().row() >= scroll && caret.get().row() < scroll + rows) {
            screen.setCursorPosition(new TerminalPosition(Math.min(cols - 1, caret.get().column()), top + caret.get().row() - scroll));
        } else {
            screen.setCursorPosition(null);
        }
        return new Viewport(scroll, rows, max);
    }

    private void mark(TextGraphics g, int row, int cols, String text) {
        theme.apply(g, Style.KEY);
        g.putString(cols - Wrap.width(text) - 1, row, " " + text);
    }

    /** One row, cut at the right edge; right-aligned spans go last when they fit. */
    private void row(TextGraphics g, int r, int cols, Line line) {
        if (line.fill() != null) {
            theme.apply(g, line.fill());
            g.putString(0, r, " ".repeat(cols));
        }
        int rightWidth = line.right().stream().mapToInt(Span::width).sum();
        int leftRoom = rightWidth > 0 && rightWidth + 2 < cols ? cols - rightWidth - 1 : cols;
        int col = put(g, r, 0, leftRoom, line.left(), line.fill());
        if (rightWidth > 0 && col + rightWidth + 1 <= cols) {
            put(g, r, cols - rightWidth, cols, line.right(), line.fill());
        }
    }

    private int put(TextGraphics g, int r, int col, int limit, List<Span> spans, Style fill) {
        for (Span s : spans) {
            if (col >= limit) {
                break;
            }
            String t = s.text().replace('\n', ' ');
            String shown = Wrap.width(t) > limit - col ? Wrap.fit(t, limit - col) : t;
            theme.apply(g, fill != null && s.style() == Style.PLAIN ? fill : s.style());
            g.putString(col, r, shown);
            col += Wrap.width(shown);
        }
        return col;
    }

    private void paintOverlay(TextGraphics g, TerminalSize size, Overlay o) {
        int w = Math.min(size.getColumns() - 4, 72);
        int inner = w - 4;
        List<Line> body = new ArrayList<>();
        for (String l : o.lines()) {
            body.addAll(Wrap.text(l, Style.PLAIN, inner));
        }
        int h = Math.min(size.getRows() - 2, body.size() + 4);
        int x = (size.getColumns() - w) / 2;
        int y = Math.max(0, (size.getRows() - h) / 2);
        theme.apply(g, Style.FRAME);
        g.putString(x, y, "┌" + "─".repeat(w - 2) + "┐");
        for (int r = 1; r < h - 1; r++) {
            g.putString(x, y + r, "│" + " ".repeat(w - 2) + "│");
        }
        g.putString(x, y + h - 1, "└" + "─".repeat(w - 2) + "┘");
        theme.apply(g, Style.BOLD);
        g.putString(x + 2, y, " " + Wrap.fit(o.title(), w - 6) + " ");
        for (int r = 0; r < body.size() && r < h - 4; r++) {
            put(g, y + 1 + r, x + 2, x + 2 + inner, body.get(r).left(), null);
        }
        theme.apply(g, Style.KEY);
        g.putString(x + 2, y + h - 2, Wrap.fit(o.footer(), inner));
    }
}
