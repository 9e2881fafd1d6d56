package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;

/** A question imported from Moodle has no passage: plain mode shows its feedback and explanation alone. */
class ImportedQuestionTest {
    private static final Bank BANK = load();

    private static Bank load() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/imported-bank")));
        assertThat(r.problems()).isEmpty();
        return r.bank();
    }

    private static String run(Mode mode, String id, String input) {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        QuizSession s = QuizSession.start(QuizPlan.ofIds(BANK, List.of(id), 1), QuizOptions.of(mode), clock, "t", AnswerListener.NONE);
        StringWriter w = new StringWriter();
        new PlainQuiz(new BufferedReader(new StringReader(input)), new PrintWriter(w), false, true).run(s);
        return w.toString();
    }

    private static int number(String id, String option) {
        return QuizPlan.ofIds(BANK, List.of(id), 1).questions().get(0).options().indexOf(option) + 1;
    }

    @Test
    void practiceFeedbackHasNoPassageOrSourceLine() {
        String out = run(Mode.PRACTICE, "lakes-largest", number("lakes-largest", "Drysviaty") + "\n");
        assertThat(out).contains("Correct answer: Narach", "Your answer: Drysviaty", "Feedback: Drysviaty is the second.",
                "Why: Narach covers about 80 square kilometres.");
        assertThat(out).doesNotContain("Passage:").doesNotContain("Source:");
    }

    @Test
    void aFlashcardRevealShowsTheExplanationAlone() {
        String out = run(Mode.FLASHCARD, "lakes-why", "\n3\n");
        assertThat(out).contains("Why: They form a national park, founded in 1995.", "How well did you remember it?");
        assertThat(out).doesNotContain("Passage:").doesNotContain("Source:");
    }
}
