package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.study.HistoryException;

/**
 * What goes wrong outside the UI while it runs (history that cannot be saved or read) is said on
 * its screen, and the quiz goes on; and how the UI was left is known to its caller.
 */
class NoticeTest {
    private static final String WARNING = "/data/history.db: the disk is full; free some space on that disk,"
            + " or choose another folder with --data-dir DIR; this quiz goes on without saving to history";

    @Test
    void aWarningThatComesDuringTheQuizIsShownInABoxThatAnyKeyCloses() {
        Deque<String> notices = new ArrayDeque<>();
        Harness h = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse", "fx-choice");
        TuiSettings base = h.settings(true);
        TuiSettings settings = new TuiSettings(base.color(), base.starter(), base.seeds(), base.extras(),
                () -> Optional.ofNullable(notices.poll()));
        // The history fails as the first answer is saved, as a full disk would make it.
        QuizSession s = QuizSession.start(QuizPlan.ofIds(Harness.BANK, List.of("fx-truefalse", "fx-choice"), Harness.SEED),
                QuizOptions.of(Mode.PRACTICE), h.clock, "n", event -> {
                    if (event.question().id().equals("fx-truefalse")) {
                        notices.add(WARNING);
                    }
                });
        h.ui = TextUi.quiz(h.screen, Harness.BANK, settings, s);
        h.paint();
        assertThat(h.text()).doesNotContain("Warning");

        h.type("t").enter();
        assertThat(h.flat()).contains("Warning", "the disk is full", "--data-dir DIR", "Any key closes this message.");
        assertThat(s.grades()).as("the answer was graded before the box came").hasSize(1);

        h.type("x");
        assertThat(h.text()).doesNotContain("Any key closes").contains("Correct answer");
        h.enter();
        assertThat(h.text()).contains("Question 2 of 2");
    }

    @Test
    void ctrlCIsAnInterruptionAndLeavingTheResultIsNot() {
        Harness byCtrlC = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse");
        byCtrlC.ctrlC();
        assertThat(byCtrlC.ui.done()).isTrue();
        assertThat(byCtrlC.ui.interrupted()).isTrue();

        Harness byQ = Harness.quiz(QuizOptions.of(Mode.PRACTICE), "fx-truefalse");
        byQ.type("t").enter().enter();
        assertThat(byQ.text()).contains("Result · practice");
        byQ.type("q");
        assertThat(byQ.ui.done()).isTrue();
        assertThat(byQ.ui.interrupted()).isFalse();
    }

    @Test
    void aReviewWhoseHistoryCannotBeReadIsAMessageOnHomeNotTheEndOfTheUi() {
        HomeEntry review = new HomeEntry("Review", "history unavailable", new Intent.StartQuiz(() -> {
            throw new HistoryException(HistoryException.Reason.READ_ONLY, Path.of("/data/history.db"),
                    "the folder /data is read-only", null);
        }, QuizOptions.of(Mode.PRACTICE)));
        Harness h = Harness.home(100, 30, true, List.of(review));
        for (int i = 0; i < 30 && !selected(h, "Review"); i++) {
            h.press(KeyType.ArrowDown);
        }
        assertThat(selected(h, "Review")).as(h.text()).isTrue();
        h.enter();
        assertThat(h.ui.done()).isFalse();
        assertThat(h.flat()).contains("The history cannot be read: /data/history.db: the folder /data is read-only", "Question sets");
    }

    private static boolean selected(Harness h, String row) {
        return h.cells(c -> c.isReversed() || c.getBackgroundColor() != TextColor.ANSI.DEFAULT).contains(row);
    }
}
