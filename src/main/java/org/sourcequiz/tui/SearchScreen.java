package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Search as you type: a field at the top, the hits below (questions, and articles' paragraphs) with their matches marked. */
final class SearchScreen implements Screen<SearchView> {

    @Override
    public Page page(SearchView v, int width) {
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        String typed = v.query().text();
        body.add(Line.of(Span.of(" Search: ", Style.BOLD), Span.plain(typed)));
        body.add(Line.EMPTY);
        int focus = -1;
        if (typed.isBlank()) {
            Wrap.text("Type words: case and accents do not matter, one typo is forgiven, \"words in quotes\" are a phrase.",
                    Style.DIM, width - 2).forEach(l -> body.add(l.prefixed(Span.plain(" "))));
        } else if (v.rows().isEmpty()) {
            body.add(Line.of(Span.of(" No hits.", Style.DIM)));
        }
        for (int i = 0; i < v.rows().size(); i++) {
            SearchSource.Row r = v.rows().get(i);
            boolean here = i == v.cursor();
            if (here) {
                focus = body.size();
            }
            Line heading = Line.of(Span.of((here ? " ▸ " : "   ") + Wrap.fit(r.heading(), width - 4), Style.BOLD));
            body.add(here ? heading.filled(Style.SELECTED) : heading);
            List<Span> spans = new ArrayList<>();
            r.snippet().forEach(p -> spans.add(Span.of(p.text(), p.match() ? Style.HIGHLIGHT : Style.PLAIN)));
            Wrap.spans(spans, width - 6, 0).forEach(l -> body.add(l.prefixed(Span.plain("     "))));
            body.add(Line.EMPTY);
        }
        String count = v.rows().size() + (v.rows().size() == 1 ? " hit" : " hits") + " · " + v.questions() + " questions";
        Line status = v.message().isEmpty() ? Keys.status(typed.isBlank() ? "" : count, false) : Keys.status(v.message(), true);
        boolean article = !v.rows().isEmpty() && v.rows().get(v.cursor()).readable();
        Line footer = Keys.footer(width, "type", "search", "↑↓", "choose", "Enter", article ? "read the paragraph" : "quiz on the hits",
                "Esc", "back", "?", "help");
        return new Page(Headers.title("sourcequiz · Search", "? help"), body, focus, 0,
                Optional.of(new Page.Caret(1, 9 + Wrap.width(typed.substring(0, v.query().caret())))), status, footer);
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, SearchView v) {
        if (Keys.is(k, KeyType.Escape) || Keys.is(k, 'q') && v.query().text().isEmpty()) {
            return Optional.of(new Intent.Close());
        }
        // '?' is never part of a word the index knows, so it can mean help even while typing.
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        Optional<Character> c = Keys.ch(k);
        if (c.isPresent()) {
            return Optional.of(new Intent.TypeChar(c.get()));
        }
        return switch (k.getKeyType()) {
            case Backspace -> Optional.of(new Intent.Erase(false));
            case Delete -> Optional.of(new Intent.Erase(true));
            case ArrowLeft -> Optional.of(new Intent.Caret(Intent.CaretMove.LEFT));
            case ArrowRight -> Optional.of(new Intent.Caret(Intent.CaretMove.RIGHT));
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case PageUp -> Optional.of(new Intent.Move(-5));
            case PageDown -> Optional.of(new Intent.Move(5));
            case Enter -> Optional.of(new Intent.Submit());
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> help(SearchView v) {
        return List.of("Type to search the questions' prompts, answers, explanations and passages; the hits change as you type.",
                "Case and accents do not matter (Krums finds Krūms), one slip or swap of letters is forgiven, "
                        + "and \"words in quotes\" must appear together.",
                "↑↓ PgUp PgDn choose a hit; ← → move in the field; Backspace and Delete erase.",
                "Enter starts a practice quiz on the questions found; on an article's paragraph (found when the articles"
                        + " are given, --sources or SOURCEQUIZ_SOURCES) it shows the whole paragraph and the questions citing it.",
                "Esc (or q while the field is empty) goes back.");
    }
}
