package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Once;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.app.SearchPages;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.SearchSource;
import org.sourcequiz.tui.TextPage;
import org.sourcequiz.tui.TextUi;

/** The search screen: Home's Search row (its index opened when the screen first opens) and `sourcequiz search` on a terminal. */
final class SearchEntry {
    static final int SHOWN = 50; // hits on the screen, and quizzed on by Enter

    private SearchEntry() {}

    /** Home's rows with Search added after them. */
    static List<HomeEntry> with(List<HomeEntry> entries, AppContext ctx, GlobalOptions global, Supplier<Bank> bank) {
        List<HomeEntry> all = new ArrayList<>(entries);
        all.add(new HomeEntry("Search", "prompts, answers and passages; the hits change as you type",
                new Intent.OpenSearch(new Once<>(() -> source(SearchBank.openForScreen(ctx, bank.get(), global.dataDir))))));
        return all;
    }

    /** The screen with {@code query} typed; empty when the terminal could not be opened (the caller prints the hits). */
    static Optional<Integer> screen(AppContext ctx, GlobalOptions global, String[] args, SearchBank.Opened opened, String query) {
        return TextUiLauncher.alone(ctx, global, args, settings -> t -> TextUi.search(t, opened.bank(), settings, source(opened), query,
                opened.warning().orElse("")));
    }

    static SearchSource source(SearchBank.Opened opened) {
        return query -> opened.index().search(query, SHOWN).stream().map(h -> row(opened, h)).toList();
    }

    private static SearchSource.Row row(SearchBank.Opened opened, SearchHit h) {
        List<SearchSource.Part> parts = h.snippet().parts().stream().map(p -> new SearchSource.Part(p.text(), p.match())).toList();
        return h.type() == SearchHit.Type.QUESTION ? new SearchSource.Row(h.questionId() + " · " + h.setId(), parts, h.questionId())
                : new SearchSource.Row("article " + h.sourceId() + " · paragraph " + h.paragraph(), parts, null,
                        () -> new TextPage("Search · " + h.sourceId() + " ¶ " + h.paragraph(), SearchPages.paragraph(opened, h)));
    }
}
