package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sourcequiz.explore.IndexArticle;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.explore.SearchIndex;
import org.sourcequiz.explore.SearchSnippet;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.SearchSource;

/** Home's Search row: the index is built when the screen first opens, not before Home is drawn. */
final class SearchEntry {
    /** Hits shown on the screen (and quizzed on by Enter). */
    static final int SHOWN = 50;

    private SearchEntry() {}

    static HomeEntry of(Supplier<Bank> bank) {
        SearchSource[] built = new SearchSource[1];
        return new HomeEntry("Search", "prompts, answers and passages; the hits change as you type", new Intent.OpenSearch(() -> {
            if (built[0] == null) {
                built[0] = source(SearchIndex.build(bank.get(), List.<IndexArticle>of()));
            }
            return built[0];
        }));
    }

    /** Home's rows with Search added after them. */
    static List<HomeEntry> with(List<HomeEntry> entries, Supplier<Bank> bank) {
        List<HomeEntry> all = new ArrayList<>(entries);
        all.add(of(bank));
        return all;
    }

    static SearchSource source(SearchIndex index) {
        return query -> index.search(query, SHOWN).stream().map(SearchEntry::row).toList();
    }

    private static SearchSource.Row row(SearchHit h) {
        List<SearchSource.Part> parts = new ArrayList<>();
        for (SearchSnippet.Part p : h.snippet().parts()) {
            parts.add(new SearchSource.Part(p.text(), p.match()));
        }
        String heading = h.type() == SearchHit.Type.QUESTION ? h.questionId() + " · " + h.setId()
                : "article " + h.sourceId() + " · paragraph " + h.paragraph();
        return new SearchSource.Row(heading, parts, h.questionId());
    }
}
