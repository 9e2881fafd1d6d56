package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A page of text supplied from outside (statistics): read, scroll, go back. */
final class PageScreen implements Screen<PageView> {

    @Override
    public Page page(PageView v, int width) {
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        for (String l : v.page().lines()) {
            boolean heading = l.startsWith("# ");
            Span span = Span.of(heading ? l.substring(2) : l, heading ? Style.BOLD : Style.PLAIN);
            if (Wrap.width(span.text()) <= width - 2) {
                // A line that fits is kept as it is: charts and tables line up by their spaces.
                body.add(Line.of(Span.plain(" "), span));
                continue;
            }
            Wrap.spans(List.of(span), width - 2, 0).forEach(x -> body.add(x.prefixed(Span.plain(" "))));
        }
        return Page.of(Headers.title("sourcequiz · " + v.page().title(), ""), body, v.scroll(), Line.EMPTY,
                Keys.footer(width, "↑↓ PgUp PgDn", "scroll", "Esc", "back", "?", "help"));
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, PageView v) {
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape) || Keys.is(k, KeyType.Enter) || Keys.is(k, KeyType.Backspace)) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        return Keys.scroll(k);
    }

    @Override
    public List<String> help(PageView v) {
        return List.of("↑↓ PgUp PgDn Home End scroll; Esc, Enter or q goes back to Home.");
    }
}
