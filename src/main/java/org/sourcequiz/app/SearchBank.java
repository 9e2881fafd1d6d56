package org.sourcequiz.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcequiz.explore.IndexArticle;
import org.sourcequiz.explore.IndexCache;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.explore.SearchIndex;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.text.Typography;

/** Searching a bank, as the search command, `quiz --search` and the search screen share it. */
public final class SearchBank {
    /** As many hits as `quiz --search` can use: every question of a large bank that matches. */
    public static final int ALL_HITS = 10_000;
    /** Where under the data folder the cached indexes are kept (see {@link IndexCache}). */
    static final String CACHE = "search-index";
    static final String SOURCES_ENV = "SOURCEQUIZ_SOURCES";

    private SearchBank() {}

    /**
     * A bank opened for searching: its index (with the articles in {@code articles} when a folder
     * of them was given), and what to warn of (articles missing, or a folder that cannot be read).
     */
    public record Opened(Bank bank, SearchIndex index, List<IndexArticle> articles, Optional<String> warning) {
        public Opened {
            articles = List.copyOf(articles);
        }

        /** Paragraph {@code number} (from 1) of the article of {@code sourceId}, as indexed. */
        public Optional<String> paragraph(String sourceId, int number) {
            return articles.stream().filter(a -> a.sourceId().equals(sourceId) && number >= 1 && number <= a.paragraphs().size())
                    .map(a -> a.paragraphs().get(number - 1)).findFirst();
        }

        /** The questions whose passage is in that paragraph, compared as passages are checked. */
        public List<String> citing(String sourceId, int number) {
            String text = paragraph(sourceId, number).map(Typography::fold).orElse("");
            List<String> ids = new ArrayList<>();
            for (Question q : bank.questions()) {
                if (!text.isEmpty() && q.sourceId().equals(sourceId) && text.contains(Typography.fold(q.passage()).strip())) {
                    ids.add(q.id());
                }
            }
            return ids;
        }
    }

    /**
     * The bank of {@code bankPaths} (the bundled one when empty), with its index opened from the
     * data folder's cache or built and kept there.
     *
     * @param sourcesOption what --sources gave, or null for $SOURCEQUIZ_SOURCES (or no articles)
     * @param dataDirOption what --data-dir gave, or null
     */
    public static Opened open(AppContext ctx, List<Path> bankPaths, Path sourcesOption, Path dataDirOption) {
        Bank bank = BankOpening.valid(ctx, bankPaths);
        try {
            return withArticles(ctx, bank, SourceArticles.dir(ctx, sourcesOption), dataDirOption);
        } catch (IOException e) {
            throw new UserInputException(unreadable(e));
        }
    }

    /**
     * For Home's search screen, on a bank already open: the articles of $SOURCEQUIZ_SOURCES when
     * set, and when that folder cannot be read, the questions alone with the reason as the warning.
     */
    public static Opened openForScreen(AppContext ctx, Bank bank, Path dataDirOption) {
        try {
            return withArticles(ctx, bank, SourceArticles.dir(ctx, null), dataDirOption);
        } catch (IOException e) {
            return new Opened(bank, index(ctx, bank, List.of(), dataDirOption), List.of(), Optional.of(unreadable(e)));
        }
    }

    private static Opened withArticles(AppContext ctx, Bank bank, Optional<Path> dir, Path dataDirOption) throws IOException {
        List<String> missing = new ArrayList<>();
        List<IndexArticle> articles = dir.isPresent() ? IndexArticle.read(bank, dir.get(), missing) : List.of();
        Optional<String> warning = missing.isEmpty() ? Optional.empty() : Optional.of("no article text in " + dir.orElseThrow()
                + " for " + String.join(", ", missing) + "; their questions are searched, not their articles");
        return new Opened(bank, index(ctx, bank, articles, dataDirOption), articles, warning);
    }

    private static SearchIndex index(AppContext ctx, Bank bank, List<IndexArticle> articles, Path dataDirOption) {
        return new IndexCache(ctx.dataDir(dataDirOption).resolve(CACHE)).open(bank, articles);
    }

    private static String unreadable(IOException e) {
        return "cannot read the articles: " + e.getMessage()
                + " (--sources takes the folder of the article texts named in questions/sources.yaml)";
    }

    /** The questions among the hits, best first, each once. */
    public static List<String> questionIds(List<SearchHit> hits) {
        Set<String> ids = new LinkedHashSet<>();
        hits.forEach(h -> h.question().ifPresent(ids::add));
        return List.copyOf(ids);
    }

    /** The bank with only these questions (sets left empty are dropped), for a quiz on what a search found. */
    public static Bank restrict(Bank bank, Collection<String> ids) {
        Set<String> keep = Set.copyOf(ids);
        List<QuestionSet> sets = new ArrayList<>();
        for (QuestionSet s : bank.sets()) {
            List<Question> qs = s.questions().stream().filter(q -> keep.contains(q.id())).toList();
            if (!qs.isEmpty()) {
                sets.add(new QuestionSet(s.id(), s.title(), s.description(), s.tags(), qs, s.origin()));
            }
        }
        return new Bank(bank.sources(), sets);
    }

    /** The ids of the questions of {@code bank} that {@code words} finds. */
    public static List<String> find(Bank bank, String words) {
        return questionIds(SearchIndex.build(bank, List.of()).search(words, ALL_HITS));
    }
}
