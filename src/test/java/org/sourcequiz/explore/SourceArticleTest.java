package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcequiz.SeedArticles;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;

/** An article paragraph by paragraph with the bank's passages marked where they are, and the passages alone without it. */
class SourceArticleTest {
    private static final Path ARTICLES = Path.of("src/test/resources/explore/articles");

    private static Bank load(Path dir) {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(dir));
        assertThat(r.problems()).isEmpty();
        return r.bank();
    }

    private static final Bank FIXTURE = load(Path.of("src/test/resources/quiz-bank"));

    private static SourceArticle named() throws IOException {
        Source s = FIXTURE.source("named").orElseThrow();
        return SourceArticle.full(FIXTURE, s, Files.readString(ARTICLES.resolve(s.file()), StandardCharsets.UTF_8));
    }

    /** What a paragraph's marks cover, as text. */
    private static List<String> marked(ArticleParagraph p) {
        return p.marks().stream().map(m -> p.text().substring(m.start(), m.end())).toList();
    }

    @Test
    void paragraphsAreTheBlocksBetweenBlankLinesAndTogetherTheWholeArticle() throws IOException {
        SourceArticle a = named();
        assertThat(a.full()).isTrue();
        assertThat(a.paragraphs()).hasSize(7);
        assertThat(a.paragraphs().get(0).text()).isEqualTo("A test article for the sources view");
        String file = Files.readString(ARTICLES.resolve("named.txt"), StandardCharsets.UTF_8);
        String joined = a.paragraphs().stream().map(ArticleParagraph::text).collect(Collectors.joining("\n\n"));
        assertThat(joined.strip()).isEqualTo(file.strip());
    }

    @Test
    void passagesAreMarkedAfterFoldingDashesQuotesAndSpaces() throws IOException {
        SourceArticle a = named();
        ArticleParagraph zapad = a.paragraphs().get(2);
        // The article has an en dash in "10–16" where the passage has a hyphen: the mark covers the article's own text.
        assertThat(marked(zapad)).containsExactly(
                "On September 10–16, Russia and Belarus officially held a joint strategic military exercise “Zapad-2021”.",
                "Armenia and India took part.");
        // Questions in the order of their passages in the paragraph, then in bank order (extra.yaml is read before kinds.yaml).
        assertThat(zapad.questions()).containsExactly("fx-choice", "fx-extra-1", "fx-extra-2", "fx-multi");
        assertThat(zapad.marks().get(1).questions()).containsExactly("fx-extra-1", "fx-extra-2", "fx-multi");
        ArticleParagraph fighters = a.paragraphs().get(5);
        assertThat(marked(fighters).get(0)).isEqualTo("On 8 September  the first Russian fighters arrived in Belarus.");
        assertThat(a.paragraphs().get(4).cited()).isFalse();
        assertThat(a.unplaced()).isEmpty();
    }

    @Test
    void aPassageOverAParagraphBreakMarksItsPartInEach() throws IOException {
        SourceArticle a = named();
        assertThat(marked(a.paragraphs().get(5))).endsWith("About 200 thousand people");
        assertThat(marked(a.paragraphs().get(6))).containsExactly("and more than 700 units of equipment.");
        assertThat(a.paragraphs().get(5).questions()).contains("fx-match");
        assertThat(a.paragraphs().get(6).questions()).containsExactly("fx-match");
        assertThat(a.paragraphOf("fx-match")).isEqualTo(5);
    }

    @Test
    void aPassageNotInTheArticleIsListedNotMarked() {
        Source s = FIXTURE.source("named").orElseThrow();
        SourceArticle a = SourceArticle.full(FIXTURE, s, "Armenia and India took part.\n\nNothing else.");
        assertThat(a.paragraphs().get(0).questions()).containsExactly("fx-extra-1", "fx-extra-2", "fx-multi");
        assertThat(a.unplaced()).containsExactlyInAnyOrder("fx-choice", "fx-truefalse", "fx-number", "fx-date", "fx-match");
    }

    @Test
    void withoutTheTextEachDistinctPassageIsAParagraphInBankOrder() {
        SourceArticle a = SourceArticle.citedOnly(FIXTURE, FIXTURE.source("named").orElseThrow());
        assertThat(a.full()).isFalse();
        assertThat(a.paragraphs()).extracting(ArticleParagraph::text).containsExactly(
                "Armenia and India took part.",
                "On September 10-16, Russia and Belarus officially held a joint strategic military exercise “Zapad-2021”.",
                "The exercise was offensive in character.",
                "The exercise engaged 200,000 military personnel.",
                "On 8 September the first Russian fighters arrived in Belarus.",
                "About 200 thousand people and more than 700 units of equipment.");
        assertThat(a.paragraphs().get(0).questions()).containsExactly("fx-extra-1", "fx-extra-2", "fx-multi");
        assertThat(a.paragraphs()).allSatisfy(p -> assertThat(marked(p)).containsExactly(p.text()));
    }

    @Test
    void summariesCountQuestionsAndDistinctPassages() {
        assertThat(Citations.summaries(FIXTURE)).extracting(s -> s.source().id() + " " + s.questions() + " " + s.passages())
                .containsExactly("named 8 6", "unnamed 3 2");
    }

    /** On the real articles, when they are there: every paragraph comes from the file, and every passage is placed. */
    @Test
    void everySeedArticleIsWholeAndEveryPassageFound() throws IOException {
        Bank bank = load(Path.of("questions"));
        int placed = 0;
        for (Source s : bank.sources()) {
            String file = Files.readString(SeedArticles.dir().resolve(s.file()), StandardCharsets.UTF_8);
            SourceArticle a = SourceArticle.full(bank, s, file);
            assertThat(a.unplaced()).as(s.id()).isEmpty();
            String joined = a.paragraphs().stream().map(ArticleParagraph::text).collect(Collectors.joining(" "));
            assertThat(spaces(joined)).as(s.id()).isEqualTo(spaces(file));
            assertThat(a.paragraphs()).as(s.id()).hasSizeGreaterThan(10);
            Set<String> cited = a.paragraphs().stream().flatMap(p -> p.questions().stream()).collect(Collectors.toSet());
            List<String> ofSource = bank.questions().stream().filter(q -> q.sourceId().equals(s.id())).map(Question::id).toList();
            assertThat(cited).as(s.id()).containsAll(ofSource);
            placed += ofSource.size();
        }
        assertThat(placed).isEqualTo(bank.questions().size());
    }

    /** The text with every run of white space (no-break spaces too) made one space. */
    private static String spaces(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
