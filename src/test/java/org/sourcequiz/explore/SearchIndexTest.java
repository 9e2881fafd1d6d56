package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.SeedArticles;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;

/** Search on the bundled bank: ranking, typos, folding, phrases and snippets, as a student would try them. */
class SearchIndexTest {
    static final Bank BANK = new BankLoader(Path.of("")).loadBundled().bank();
    static final SearchIndex INDEX = SearchIndex.build(BANK, List.of());

    private static List<String> ids(String input) {
        return INDEX.search(input, 50).stream().map(h -> h.question().orElseThrow()).toList();
    }

    private static Question question(String id) {
        return BANK.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static String allText(Question q) {
        return (q.prompt() + " " + IndexFields.answer(q) + " " + q.passage() + " " + q.stem().explain()).toLowerCase();
    }

    @Test
    void indexesEveryQuestion() {
        assertThat(INDEX.size()).isEqualTo(BANK.questions().size());
    }

    @Test
    void aWordFindsTheQuestionsThatHaveItBestFirst() {
        List<SearchHit> hits = INDEX.search("Zapad", 100);
        assertThat(hits).isNotEmpty();
        for (SearchHit h : hits) {
            assertThat(allText(question(h.questionId()))).contains("zapad");
        }
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
        }
        assertThat(hits.get(0).setId()).isNotBlank();
        assertThat(hits.get(0).sourceId()).isNotBlank();
    }

    @Test
    void foldsCaseAndDiacritics() {
        List<String> withMark = ids("Krūms");
        assertThat(withMark).isNotEmpty();
        assertThat(ids("krums")).containsExactlyElementsOf(withMark);
        assertThat(ids("KRUMS")).containsExactlyElementsOf(withMark);
        assertThat(INDEX.search("Krums", 1).get(0).snippet().parts()).anyMatch(p -> p.match() && p.text().equals("Krūms"));
    }

    @Test
    void aSlipOrASwapOfTwoLettersStillFindsTheWord() {
        List<String> right = ids("Lukashenko");
        assertThat(right).isNotEmpty();
        assertThat(ids("Lukashneko")).containsAll(right.subList(0, Math.min(5, right.size())));
        assertThat(ids("Lukashenkp")).containsAll(right.subList(0, Math.min(5, right.size())));
        assertThat(ids("Lukshenko")).containsAll(right.subList(0, Math.min(5, right.size())));
        assertThat(ids("Zpaad")).containsAll(ids("Zapad"));
    }

    @Test
    void anExactWordRanksAboveItsNearMisses() {
        // "said" is one edit from "sad", "sail", "aid"...: the questions that have "said" itself come first.
        SearchHit best = INDEX.search("said", 1).get(0);
        assertThat(best.snippet().parts()).anyMatch(p -> p.match() && p.text().equalsIgnoreCase("said"));
    }

    @Test
    void aQuotedPhraseMustAppearInThatOrder() {
        List<SearchHit> hits = INDEX.search("\"Union State\"", 200);
        assertThat(hits).isNotEmpty();
        for (SearchHit h : hits) {
            assertThat(allText(question(h.questionId()))).containsPattern("union\\W+state");
        }
        List<String> reversed = ids("\"State Union\"");
        assertThat(reversed).doesNotContainAnyElementsOf(ids("\"Union State\"").stream()
                .filter(id -> !allText(question(id)).matches("(?s).*state\\W+union.*")).toList());
    }

    @Test
    void snippetsMarkTheMatchAndNameTheirField() {
        SearchHit h = INDEX.search("Zapad", 1).get(0);
        SearchSnippet s = h.snippet();
        assertThat(List.of(IndexFields.SNIPPET_FIELDS)).contains(s.field());
        assertThat(s.marked("[", "]")).containsIgnoringCase("[zapad");
        assertThat(s.text().length()).isLessThanOrEqualTo(SearchHighlighter.MAX_CHARS + 2);
    }

    @Test
    void aWordNowhereInTheBankFindsNothing() {
        assertThat(INDEX.search("xylophonist", 10)).isEmpty();
    }

    @Test
    void articlesAreSearchedByParagraphWhenGiven() throws IOException {
        List<String> missing = new ArrayList<>();
        List<IndexArticle> articles = IndexArticle.read(BANK, SeedArticles.dir(), missing);
        assertThat(missing).isEmpty();
        SearchIndex withArticles = SearchIndex.build(BANK, articles);
        int paragraphs = articles.stream().mapToInt(a -> a.paragraphs().size()).sum();
        assertThat(withArticles.size()).isEqualTo(BANK.questions().size() + paragraphs);
        List<SearchHit> hits = withArticles.search("Zapad", 500);
        SearchHit article = hits.stream().filter(x -> x.type() == SearchHit.Type.ARTICLE).findFirst().orElseThrow();
        assertThat(article.question()).isEmpty();
        assertThat(article.paragraph()).isPositive();
        assertThat(article.snippet().field()).isEqualTo(IndexFields.ARTICLE);
        IndexArticle of = articles.stream().filter(a -> a.sourceId().equals(article.sourceId())).findFirst().orElseThrow();
        assertThat(of.paragraphs().get(article.paragraph() - 1).toLowerCase()).contains("zapad");
    }
}
