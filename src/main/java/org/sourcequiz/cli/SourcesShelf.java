package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.explore.SourceSummary;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;
import org.sourcequiz.tui.ArticleShelf;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;

/**
 * The text UI's sources and articles, from the app's use case (the UI reads no files). Nothing is
 * read before a view needs it, and each article once: Home is not kept waiting.
 */
final class SourcesShelf implements ArticleShelf {
    private final Supplier<SourceArticles> articles;
    private final Map<String, Article> read = new HashMap<>();
    private List<Entry> entries;

    SourcesShelf(Supplier<SourceArticles> articles) {
        this.articles = articles;
    }

    /** Home's rows with Sources added after them. */
    static List<HomeEntry> with(List<HomeEntry> homeEntries, ArticleShelf shelf) {
        List<HomeEntry> all = new ArrayList<>(homeEntries);
        all.add(new HomeEntry("Sources", "the articles, with the passages the questions cite", new Intent.OpenSources(() -> shelf)));
        return all;
    }

    @Override
    public List<Entry> entries() {
        if (entries == null) {
            entries = articles.get().summaries().stream().map(SourcesShelf::entry).toList();
        }
        return entries;
    }

    private static Entry entry(SourceSummary s) {
        return new Entry(s.source(), s.questions(), s.passages());
    }

    @Override
    public Article article(String sourceId) {
        return read.computeIfAbsent(sourceId, id -> {
            SourceArticles a = articles.get();
            // A quiz on an imported file may cite a source sources.yaml does not declare: its passages alone, then.
            SourceArticles.Reading r = a.bank().source(id).map(a::reading).orElseGet(() -> new SourceArticles.Reading(
                    SourceArticle.citedOnly(a.bank(), new Source(id, id, List.of(), Published.unknown(), "", "", "")),
                    "The source `" + id + "` is not declared in sources.yaml; the cited passages alone are shown."));
            List<Paragraph> paragraphs = r.article().paragraphs().stream().map(p -> new Paragraph(p.text(),
                    p.marks().stream().map(m -> new Mark(m.start(), m.end())).toList(), p.questions())).toList();
            return new Article(r.article().source(), r.article().full(), r.note(), paragraphs);
        });
    }
}
