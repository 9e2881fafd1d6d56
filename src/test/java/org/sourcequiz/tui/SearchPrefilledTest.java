package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Question;

/**
 * The search screen as `sourcequiz search WORDS` opens it on a terminal: the words already typed
 * and their hits shown, article paragraphs among them; Enter on a paragraph shows it whole, Enter
 * on a question quizzes on the questions found, and leaving the screen leaves the text UI.
 */
class SearchPrefilledTest {
    /** Questions whose prompt has the words, and one article paragraph that has them too. */
    private static SearchSource source() {
        return query -> {
            List<SearchSource.Row> rows = new ArrayList<>();
            String q = query.strip().toLowerCase(Locale.ROOT);
            if (q.isEmpty()) {
                return rows;
            }
            for (Question x : Harness.BANK.questions()) {
                if (x.prompt().toLowerCase(Locale.ROOT).contains(q)) {
                    rows.add(new SearchSource.Row(x.id() + " · set", List.of(new SearchSource.Part(x.prompt(), false)), x.id()));
                }
            }
            rows.add(new SearchSource.Row("article fixture-source · paragraph 3",
                    List.of(new SearchSource.Part("Some ", false), new SearchSource.Part(query, true), new SearchSource.Part(" here.", false)),
                    null, () -> new TextPage("Search · fixture-source ¶ 3",
                            List.of("# The fixture article", "The whole third paragraph, where " + query + " is said.", "",
                                    "# Questions citing this paragraph", "fx-extra-1"))));
            return rows;
        };
    }

    @Test
    void opensWithTheWordsTypedAndTheHitsShown() {
        Harness h = Harness.search(100, 30, source(), "took part.", "");
        assertThat(h.text()).contains("sourcequiz · Search", "Search: took part.", "fx-extra-1", "fx-extra-2",
                "article fixture-source · paragraph 3", "3 hits · 2 questions");
        h.press(KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace);
        assertThat(h.text()).contains("Search: took").contains("fx-multi");
    }

    @Test
    void enterOnAnArticleHitShowsTheWholeParagraphAndEscComesBack() {
        Harness h = Harness.search(100, 30, source(), "took part.", "");
        h.press(KeyType.ArrowDown, KeyType.ArrowDown);
        assertThat(h.text()).contains("▸ article fixture-source · paragraph 3", "Enter read the paragraph");
        h.enter();
        assertThat(h.text()).contains("fixture-source ¶ 3", "The fixture article", "The whole third paragraph, where took part. is said.",
                "Questions citing this paragraph", "fx-extra-1").doesNotContain("Search: took part.");
        assertThat(h.sessions).isEmpty();
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Search: took part.", "▸ article fixture-source");
    }

    @Test
    void enterOnAQuestionQuizzesOnTheQuestionsFoundAndTheResultComesBackToTheSearch() {
        Harness h = Harness.search(100, 30, source(), "took part.", "");
        assertThat(h.text()).contains("Enter quiz on the hits");
        h.enter();
        assertThat(h.text()).contains("Question 1 of 2");
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id()).containsExactly("fx-extra-1", "fx-extra-2");
        h.type("t").enter().enter().type("f").enter().enter();
        assertThat(h.text()).contains("Result · practice");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Search: took part.", "fx-extra-1");
        assertThat(h.ui.done()).isFalse();
    }

    @Test
    void escOrQOnAnEmptyFieldLeavesTheTextUi() {
        Harness h = Harness.search(80, 24, source(), "took", "");
        h.press(KeyType.Escape);
        assertThat(h.ui.done()).isTrue();
        Harness q = Harness.search(80, 24, source(), "x", "");
        q.type("q");
        assertThat(q.ui.done()).isFalse();
        assertThat(q.text()).contains("Search: xq");
        q.press(KeyType.Backspace, KeyType.Backspace).type("q");
        assertThat(q.ui.done()).isTrue();
    }

    @Test
    void aWarningGivenAtTheStartIsInTheStatusLine() {
        Harness h = Harness.search(100, 30, source(), "took", "no article text in /tmp/a for krums-swan-song");
        assertThat(h.text()).contains("no article text in /tmp/a for krums-swan-song", "Search: took");
    }
}
