package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.ArticleShelf;
import org.sourcequiz.tui.HomeEntry;

/** What the text UI gets from the app: the article when it can be read, else the cited passages and why. */
class SourcesShelfTest {
    private static final Bank BANK = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/quiz-bank"))).bank();
    private static final Path ARTICLES = Path.of("src/test/resources/explore/articles").toAbsolutePath();

    @Test
    void theArticleFromTheFolderIsWholeWithItsMarks() {
        ArticleShelf.Article a = new SourcesShelf(() -> new SourceArticles(BANK, Optional.of(ARTICLES))).article("named");
        assertThat(a.full()).isTrue();
        assertThat(a.note()).isEmpty();
        assertThat(a.paragraphs()).hasSize(7);
        ArticleShelf.Paragraph last = a.paragraphs().get(6);
        assertThat(last.text().substring(last.marks().get(0).start(), last.marks().get(0).end()))
                .isEqualTo("and more than 700 units of equipment.");
    }

    @Test
    void aMissingFileGivesTheCitedPassagesAndANoteNamingThePath() {
        ArticleShelf.Article a = new SourcesShelf(() -> new SourceArticles(BANK, Optional.of(ARTICLES))).article("unnamed");
        assertThat(a.full()).isFalse();
        assertThat(a.note()).contains(ARTICLES.resolve("unnamed.txt").toString(), "the cited passages alone are shown");
        assertThat(a.paragraphs()).extracting(ArticleShelf.Paragraph::text)
                .containsExactly("Signed: Gatis Krūms.", "First, then Second, then Third.");
    }

    @Test
    void withoutAFolderTheNoteSaysWhatGivesTheFullText() {
        ArticleShelf.Article a = new SourcesShelf(() -> new SourceArticles(BANK, Optional.empty())).article("named");
        assertThat(a.note()).isEqualTo(SourceArticles.NEEDS_SOURCES);
    }

    @Test
    void aSourceNotDeclaredStillShowsItsQuestionsPassages() {
        ArticleShelf.Article a = new SourcesShelf(() -> new SourceArticles(BANK, Optional.empty())).article("imported");
        assertThat(a.note()).contains("`imported` is not declared in sources.yaml");
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void homeGetsASourcesRowAfterTheOthers() {
        ArticleShelf shelf = new SourcesShelf(() -> new SourceArticles(BANK, Optional.empty()));
        List<HomeEntry> rows = SourcesShelf.with(List.of(), shelf);
        assertThat(rows).extracting(HomeEntry::label).containsExactly("Sources");
        assertThat(shelf.entries()).extracting(e -> e.source().id() + " " + e.questions() + " " + e.passages())
                .containsExactly("named 8 6", "unnamed 3 2");
    }
}
