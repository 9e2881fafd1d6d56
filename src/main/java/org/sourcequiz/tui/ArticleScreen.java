package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An article to read, paragraph by paragraph. Cited passages are highlighted and, so they read
 * without colour too, put between ⟦ ⟧; a cited paragraph has » in the margin and the ids of the
 * questions citing it on the row after it. The chosen paragraph (Tab, n) has ▸ and a bar.
 */
final class ArticleScreen implements Screen<ArticleView> {
    static final String OPEN = "⟦";
    static final String CLOSE = "⟧";

    @Override
    public Page page(ArticleView v, int width) {
        ArticleShelf.Article a = v.article();
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        Wrap.text(a.source().title(), Style.BOLD, width - 3).forEach(l -> body.add(l.prefixed(Span.plain("   "))));
        Wrap.text(Format.citation(a.source()), Style.DIM, width - 3).forEach(l -> body.add(l.prefixed(Span.plain("   "))));
        if (!a.note().isEmpty()) {
            body.add(Line.EMPTY);
            Wrap.text("ⓘ " + a.note(), Style.PROBLEM, width - 3).forEach(l -> body.add(l.prefixed(Span.plain("   "))));
        }
        body.add(Line.EMPTY);
        int selectedRow = 0;
        int cited = 0;
        for (int p = 0; p < a.paragraphs().size(); p++) {
            ArticleShelf.Paragraph para = a.paragraphs().get(p);
            boolean here = p == v.selected();
            if (here) {
                selectedRow = Math.max(0, body.size() - 1);
            }
            List<Line> rows = Wrap.spans(spans(para), width - 4, 0);
            for (int r = 0; r < rows.size(); r++) {
                String margin = para.cited() ? (r == 0 ? (here ? " ▸ " : " » ") : (here ? " ┃ " : " │ ")) : "   ";
                body.add(rows.get(r).prefixed(Span.of(margin, para.cited() ? Style.KEY : Style.PLAIN)));
            }
            if (para.cited()) {
                cited++;
                for (Line ids : Wrap.spans(List.of(Span.of("↳ " + String.join(", ", para.questions()), Style.DIM)), width - 5, 2)) {
                    Line row = ids.prefixed(Span.plain("   "));
                    body.add(here ? row.filled(Style.SELECTED) : row);
                }
            }
            body.add(Line.EMPTY);
        }
        String right = v.timer().isEmpty() ? (a.full() ? "article" : "cited passages") : "⏱ " + v.timer();
        Line status = !v.message().isEmpty() ? Keys.status(v.message(), true)
                : Keys.status(statusText(v, cited), false);
        // PgUp, PgDn, Home and End are in the help: at 80 columns the footer keeps room for q.
        Line footer = Keys.footer(width, "↑↓", "scroll", "Tab/n", "next passage", "Enter", "quiz on it",
                "q", v.fromQuiz() ? "back to the quiz" : "back", "?", "help");
        int scroll = v.scroll() == ArticleView.TO_SELECTED ? selectedRow : v.scroll();
        return Page.of(Headers.title("sourcequiz · " + a.source().title(), right), body, scroll, status, footer);
    }

    private static String statusText(ArticleView v, int cited) {
        if (v.selected() >= 0) {
            List<String> q = v.article().paragraphs().get(v.selected()).questions();
            return "▸ cited by " + String.join(", ", q) + " · Enter quizzes on " + (q.size() == 1 ? "it" : "these " + q.size());
        }
        return cited + (cited == 1 ? " cited paragraph" : " cited paragraphs") + " · Tab or n goes to the next";
    }

    /** The paragraph as spans: the cited runs (overlapping marks merged) highlighted and bracketed. */
    static List<Span> spans(ArticleShelf.Paragraph p) {
        List<Span> out = new ArrayList<>();
        String t = p.text();
        int pos = 0;
        int i = 0;
        List<ArticleShelf.Mark> marks = p.marks().stream()
                .sorted((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()))
                .toList();
        while (i < marks.size()) {
            int start = Math.max(pos, Math.min(t.length(), marks.get(i).start()));
            int end = Math.min(t.length(), marks.get(i).end());
            while (++i < marks.size() && marks.get(i).start() <= end) {
                end = Math.max(end, Math.min(t.length(), marks.get(i).end()));
            }
            if (end <= start) {
                continue;
            }
            out.add(Span.plain(t.substring(pos, start)));
            out.add(Span.of(OPEN + t.substring(start, end) + CLOSE, Style.HIGHLIGHT));
            pos = end;
        }
        out.add(Span.plain(t.substring(pos)));
        return out;
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, ArticleView v) {
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape) || Keys.is(k, KeyType.Backspace)) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, KeyType.Tab) || Keys.is(k, 'n')) {
            return Optional.of(new Intent.NextPassage(1));
        }
        if (Keys.is(k, KeyType.ReverseTab) || Keys.is(k, 'p') || Keys.is(k, 'N')) {
            return Optional.of(new Intent.NextPassage(-1));
        }
        if (Keys.is(k, KeyType.Enter)) {
            return Optional.of(new Intent.Submit());
        }
        return Keys.scroll(k);
    }

    @Override
    public List<String> help(ArticleView v) {
        List<String> h = new ArrayList<>();
        h.add(v.article().full() ? "The article, paragraph by paragraph. Cited passages are highlighted and put between ⟦ ⟧; "
                + "» in the margin marks a cited paragraph, and ↳ below it lists the questions that cite it."
                : "The passages the questions cite, in the order the bank cites them; the article's full text needs "
                + "--sources DIR (or SOURCEQUIZ_SOURCES).");
        h.add("↑↓ PgUp PgDn Home End scroll. Tab or n goes to the next cited passage, Shift-Tab or p to the one before.");
        h.add("Enter starts a practice quiz on the questions of the passage marked ▸.");
        h.add(v.fromQuiz() ? "q, Esc or Backspace goes back to the quiz, where you left it (its timer, if any, kept running)."
                : "q, Esc or Backspace goes back.");
        return h;
    }
}
