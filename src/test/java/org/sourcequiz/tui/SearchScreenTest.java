package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Question;

/** The search screen from Home: hits as you type, Enter quizzes on them, ? lists keys, Esc and q go back. */
class SearchScreenTest {
    private final AtomicInteger searches = new AtomicInteger();

    /** A stand-in for the index: the questions whose prompt has the query, the match marked. */
    private SearchSource source() {
        return query -> {
            searches.incrementAndGet();
            List<SearchSource.Row> rows = new ArrayList<>();
            String q = query.strip().toLowerCase(Locale.ROOT);
            for (Question x : Harness.BANK.questions()) {
                int at = x.prompt().toLowerCase(Locale.ROOT).indexOf(q);
                if (!q.isEmpty() && at >= 0) {
                    rows.add(new SearchSource.Row(x.id() + " · set", List.of(new SearchSource.Part(x.prompt().substring(0, at), false),
                            new SearchSource.Part(x.prompt().substring(at, at + q.length()), true),
                            new SearchSource.Part(x.prompt().substring(at + q.length()), false)), x.id()));
                }
            }
            return rows;
        };
    }

    private Harness openSearch(int cols, int rows, boolean color) {
        HomeEntry search = new HomeEntry("Search", "hits as you type", new Intent.OpenSearch(this::source));
        Harness h = Harness.home(cols, rows, color, List.of(search));
        assertThat(h.text()).contains("» Search", "hits as you type");
        h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("sourcequiz · Search", "Search:", "Type words");
        return h;
    }

    @Test
    void hitsChangeAsYouTypeWithTheMatchMarked() {
        Harness h = openSearch(100, 30, true);
        h.type("took");
        assertThat(h.text()).contains("Search: took", "fx-extra-1", "fx-extra-2", "fx-multi", "4 hits · 4 questions");
        assertThat(h.cells(c -> c.getForegroundColor() != com.googlecode.lanterna.TextColor.ANSI.DEFAULT
                || !c.getModifiers().isEmpty())).contains("took");
        h.type(" part. ");
        h.press(KeyType.Backspace);
        assertThat(h.text()).contains("Search: took part.", "fx-extra-1", "fx-extra-2").doesNotContain("fx-number");
        h.type("x");
        assertThat(h.text()).contains("No hits.", "0 hits");
        assertThat(searches.get()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void enterQuizzesOnTheHitsAndTheResultLeadsHome() {
        Harness h = openSearch(100, 30, true);
        h.type("took part.");
        h.enter();
        assertThat(h.text()).contains("Question 1 of 2");
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id())
                .containsExactly("fx-extra-1", "fx-extra-2");
        h.type("t").enter().enter().type("f").enter().enter();
        assertThat(h.text()).contains("Result · practice");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("Question sets");
    }

    @Test
    void enterWithNothingFoundSaysSoAndStaysPut() {
        Harness h = openSearch(100, 30, true);
        h.type("zzz").enter();
        assertThat(h.text()).contains("! No questions found to quiz on").contains("Search: zzz");
        assertThat(h.sessions).isEmpty();
    }

    @Test
    void questionMarkListsTheKeysAndEscOrQOnAnEmptyFieldGoesBack() {
        Harness h = openSearch(100, 30, true);
        h.type("?");
        assertThat(h.flat()).contains("Help", "Enter starts a practice quiz", "Any key closes this help.");
        h.type("x");
        assertThat(h.text()).doesNotContain("Any key closes").contains("Search:");
        h.type("aq");
        assertThat(h.text()).contains("Search: aq");
        h.press(KeyType.Backspace, KeyType.Backspace);
        h.type("q");
        assertThat(h.text()).contains("Question sets");
        assertThat(openSearch(100, 30, true).type("took").press(KeyType.Escape).text()).contains("Question sets");
    }

    @Test
    void fitsAt80By24And200By60WithoutColour() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Harness h = openSearch(size[0], size[1], false);
            h.type("took");
            String s = h.text();
            assertThat(s).contains("sourcequiz · Search", "fx-extra-1", "Enter quiz on the hits");
            assertThat(s.lines()).allMatch(l -> l.length() <= size[0]);
            h.press(KeyType.ArrowDown, KeyType.ArrowDown);
            assertThat(h.text()).contains("▸ fx-");
        }
    }
}
