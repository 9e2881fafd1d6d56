package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sources of the bank: title, byline and counts of each; Enter opens the article. */
final class SourcesScreen implements Screen<SourcesView> {

    @Override
    public Page page(SourcesView v, int width) {
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        body.add(Line.of(Span.of(" Sources", Style.BOLD)).withRight(Span.of("questions · passages ", Style.DIM)));
        body.add(Line.EMPTY);
        int focus = -1;
        for (int i = 0; i < v.entries().size(); i++) {
            ArticleShelf.Entry e = v.entries().get(i);
            boolean here = i == v.cursor();
            if (here) {
                focus = body.size();
            }
            String counts = e.questions() + " · " + e.passages() + " ";
            Line title = Line.of(Span.of((here ? " ▸ " : "   ") + Wrap.fit(e.source().title(), width - 6 - Wrap.width(counts)),
                    Style.BOLD)).withRight(Span.plain(counts));
            body.add(here ? title.filled(Style.SELECTED) : title);
            Wrap.text(byline(e), Style.DIM, width - 6).forEach(l -> body.add(l.prefixed(Span.plain("     "))));
            var published = e.source().published();
            if (here && published.estimated() && !published.reason().isBlank()) {
                // The reason for an estimate is long: shown for the source under the cursor only.
                Wrap.text("Date estimated: " + published.reason().strip(), Style.DIM, width - 6)
                        .forEach(l -> body.add(l.prefixed(Span.plain("     "))));
            }
            body.add(Line.EMPTY);
        }
        if (v.entries().isEmpty()) {
            body.add(Line.of(Span.of("   The bank declares no sources.", Style.DIM)));
        }
        Line status = v.message().isEmpty() ? Keys.status(v.entries().size() + " sources", false) : Keys.status(v.message(), true);
        Line footer = Keys.footer(width, "↑↓", "choose", "Enter", "read the article", "q", "back", "?", "help");
        return new Page(Headers.title("sourcequiz · Sources", "? help"), body, focus, 0, Optional.empty(), status, footer);
    }

    /** id, authors, date or its estimate, outlet: each said when the article names none. */
    static String byline(ArticleShelf.Entry e) {
        var s = e.source();
        String authors = s.authors().isEmpty() ? "author not named" : String.join(", ", s.authors());
        var p = s.published();
        String date = !p.isKnown() ? "date not known" : p.estimated() ? "estimated " + p.iso() : p.iso();
        return s.id() + " · " + authors + " · " + date + " · " + (s.outlet().isEmpty() ? "outlet not named" : s.outlet());
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, SourcesView v) {
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape)) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case PageUp -> Optional.of(new Intent.Move(-5));
            case PageDown -> Optional.of(new Intent.Move(5));
            case Home -> Optional.of(new Intent.Move(-1_000));
            case End -> Optional.of(new Intent.Move(1_000));
            case Enter -> Optional.of(new Intent.Submit());
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> help(SourcesView v) {
        return List.of("The articles the questions come from: title, id, authors, date (or its estimate and why), outlet, "
                        + "and how many questions cite each and how many distinct passages they quote.",
                "↑↓ PgUp PgDn choose; Enter opens the article with its cited passages marked. q or Esc goes back.");
    }
}
