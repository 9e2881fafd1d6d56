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
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.explore.SearchIndex;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/** Searching a bank, as the search command, `quiz --search` and the search screen share it. */
public final class SearchBank {
    /** As many hits as `quiz --search` can use: every question of a large bank that matches. */
    public static final int ALL_HITS = 10_000;

    private SearchBank() {}

    /**
     * The index of the bank, and of the articles in {@code sources} when given.
     *
     * @param missing the ids of sources whose article is not in the folder
     */
    public record Opened(SearchIndex index, List<String> missing) {
        public Opened {
            missing = List.copyOf(missing);
        }
    }

    public static Opened open(Bank bank, Optional<Path> sources) throws IOException {
        List<String> missing = new ArrayList<>();
        List<IndexArticle> articles = sources.isPresent() ? IndexArticle.read(bank, sources.get(), missing) : List.of();
        return new Opened(SearchIndex.build(bank, articles), missing);
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
