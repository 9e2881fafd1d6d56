package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.model.Bank;

/** Whole quizzes in plain mode, from scripted input, on the test fixtures in quiz-bank/. */
class PlainQuizTest {
    static final Bank BANK = load();

    static Bank load() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/quiz-bank")));
        assertThat(r.problems()).isEmpty();
        return r.bank();
    }

    /** A clock that moves on by {@code step} each time a line of input is read. */
    static final class SteppingClock extends Clock {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppingClock clock = new SteppingClock();
    private Duration step = Duration.ofSeconds(5);
    private String out;

    private QuizResult run(List<String> ids, QuizOptions options, String input) {
        QuizSession s = QuizSession.start(QuizPlan.ofIds(BANK, ids, 1), options, clock, "t", AnswerListener.NONE);
        StringWriter w = new StringWriter();
        BufferedReader in = new BufferedReader(new StringReader(input)) {
            @Override
            public String readLine() throws java.io.IOException {
                clock.now = clock.now.plus(step);
                return super.readLine();
            }
        };
        QuizResult r = new PlainQuiz(in, new PrintWriter(w), false, true).run(s);
        out = w.toString();
        return r;
    }

    private QuizResult practice(String id, String input) {
        return run(List.of(id), QuizOptions.of(Mode.PRACTICE), input);
    }

    /** The 1-based number the question shows for an option. */
    private static int number(String id, String option) {
        return QuizPlan.ofIds(BANK, List.of(id), 1).questions().get(0).options().indexOf(option) + 1;
    }

    private static char letter(String id, String value) {
        return (char) ('a' + QuizPlan.ofIds(BANK, List.of(id), 1).questions().get(0).rights().indexOf(value));
    }

    @Test
    void choiceRightShowsVerdictAnswerExplanationPassageAndCitation() {
        QuizResult r = practice("fx-choice", number("fx-choice", "10–16 September 2021") + "\n");
        assertThat(out).contains("[1/1] fx-choice — Every kind")
                .contains("On which dates was Zapad-2021 officially held?")
                .contains("  1. ").contains("  2. ").contains("  3. ")
                .contains("✓ RIGHT  (1 of 1 point)")
                .contains("Correct answer: 10–16 September 2021")
                .contains("Why: The official dates.")
                .contains("Passage: On *September 10-16*, Russia and Belarus")
                .contains("Source: Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021");
        assertThat(r.records()).extracting(x -> x.verdict()).containsExactly(Verdict.RIGHT);
        assertThat(out).contains("Score: 1 of 1 point (100%)").contains("Seed: 1");
    }

    @Test
    void choiceWrongShowsTheStudentsAnswerToo() {
        practice("fx-choice", "b\n".replace("b", String.valueOf((char) ('a' + number("fx-choice", "8–14 September 2021") - 1))));
        assertThat(out).contains("✗ WRONG  (0 of 1 point)")
                .contains("Correct answer: 10–16 September 2021")
                .contains("Your answer: 8–14 September 2021");
    }

    @Test
    void badInputIsReaskedWithAReasonAndNeverCounts() {
        QuizResult r = practice("fx-choice", "9\nfoo\n1,2\n:what\n" + number("fx-choice", "10–16 September 2021") + "\n");
        assertThat(out).contains("? there is no option 9; pick 1 to 3")
                .contains("? type one option number, 1 to 3")
                .contains("? unknown command :what; the commands are :skip, :quit, :help, :time");
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void multiGivesPartialCredit() {
        QuizResult r = practice("fx-multi", number("fx-multi", "Armenia") + "," + number("fx-multi", "China") + "," + number("fx-multi", "India") + "\n");
        assertThat(out).contains("~ PARTIAL  (0.5 of 1 point)").contains("Correct answer: Armenia; India");
        assertThat(r.points()).isEqualTo(0.5);
    }

    @Test
    void trueFalseTakesTOrF() {
        practice("fx-truefalse", "maybe\nt\n");
        assertThat(out).contains("True or false? Type t or f.").contains("? type t (true) or f (false)").contains("✓ RIGHT");
    }

    @Test
    void numberTakesAnyCommonFormAndExplainsHowItWasRead() {
        practice("fx-number", "lots\n200k\n");
        assertThat(out).contains("Type a number (military personnel).")
                .contains("? `lots` is not a number")
                .contains("✓ RIGHT").contains("Your answer: 200k (read as 200,000)")
                .contains("Passage: The exercise engaged *200,000* military personnel.");
    }

    @Test
    void dateTakesAnyCommonForm() {
        practice("fx-date", "September 2021\nSept 8\n");
        assertThat(out).contains("? give the day too").contains("✓ RIGHT")
                .contains("Your answer: Sept 8 (read as 8 September 2021)")
                .contains("Passage: On *8 September* the first");
    }

    @Test
    void textForgivesDiacriticsAndCitesAnUnnamedAuthor() {
        practice("fx-text", "krums\n");
        assertThat(out).contains("✓ RIGHT").contains("Correct answer: Gatis Krūms")
                .contains("Source: author not named, “Belarus moves towards direct involvement in the war”, estimated October 2022, csmonitor.com");
    }

    @Test
    void orderTakesItemNumbersInOrder() {
        String id = "fx-order";
        practice(id, number(id, "Second") + " " + number(id, "First") + " " + number(id, "Third") + "\n");
        assertThat(out).contains("Type the item numbers in order, e.g. 3 2 1.")
                .contains("~ PARTIAL  (0.5 of 1 point)")
                .contains("Your answer: Second → First → Third")
                .contains("Correct answer: First → Second → Third");
    }

    @Test
    void matchShowsLettersAndTakesNumberLetterPairs() {
        String id = "fx-match";
        practice(id, number(id, "about 200 thousand") + "" + letter(id, "people") + " "
                + number(id, "more than 700") + "" + letter(id, "fighters") + "\n");
        assertThat(out).contains("Values:\n  a. ").contains("  c. ")
                .contains("Type each number with its letter, e.g. 1b 2a 3c.")
                .contains("~ PARTIAL  (0.5 of 1 point)")
                .contains("Your answer: about 200 thousand → people; more than 700 → fighters");
    }

    @Test
    void skipHelpAndQuitAreCommands() {
        QuizResult r = run(List.of("fx-truefalse", "fx-number", "fx-text"), QuizOptions.of(Mode.PRACTICE), ":help\n:skip\n:quit\n");
        assertThat(out).contains("Commands: :skip").contains("– SKIPPED  (0 of 1 point)").contains("Correct answer: true")
                .contains("Stopped after 1 of 3 questions.");
        assertThat(r.records()).extracting(x -> x.verdict()).containsExactly(Verdict.SKIPPED);
        assertThat(r.notReached()).isEqualTo(2);
    }

    @Test
    void endOfInputEndsTheQuizWithTheResultSoFar() {
        QuizResult r = run(List.of("fx-truefalse", "fx-number", "fx-text"), QuizOptions.of(Mode.PRACTICE), "t\n");
        assertThat(out).contains("[2/3] fx-number").contains("Stopped after 1 of 3 questions.")
                .contains("Score: 1 of 1 point (100%)");
        assertThat(r.records()).hasSize(1);
    }

    @Test
    void theEndShowsScoreTimeTagsMissedAndSeed() {
        step = Duration.ofSeconds(30);
        run(List.of("fx-truefalse", "fx-number", "fx-text"), QuizOptions.of(Mode.PRACTICE), "t\n5\n:skip\n");
        assertThat(out).contains("Score: 1 of 3 points (33%)")
                .contains("Time: 1:30")
                .contains("Right 1, partial 0, wrong 1, skipped 1; longest run of right answers 1.")
                .contains("By tag:\n  claim   1 of 1 (100%)\n  figure  0 of 1 (0%)\n  name    0 of 1 (0%)")
                .contains("To review:\n  fx-number (wrong): How many military personnel took part?\n"
                        + "    Correct answer: 200,000 military personnel\n    Your answer: 5\n"
                        + "  fx-text (skipped): Who wrote it? (surname)\n    Correct answer: Gatis Krūms")
                .contains("Seed: 1 (the same quiz again: --seed 1)");
    }

    @Test
    void examGivesNoFeedbackUntilTheEnd() {
        QuizResult r = run(List.of("fx-truefalse", "fx-extra-2"), new QuizOptions(Mode.EXAM, Optional.empty(), 0.25), "f\nt\n");
        assertThat(out).contains("exam mode, a wrong choice costs 0.25 of its points")
                .contains("Answer recorded.").doesNotContain("WRONG").doesNotContain("Passage:")
                .contains("To review:\n  fx-truefalse (wrong)");
        assertThat(r.points()).isZero();
        assertThat(r.records()).extracting(x -> x.points()).containsExactly(-0.25, -0.25);
    }

    @Test
    void timeLimitEndsTheQuizAndALateAnswerDoesNotCount() {
        step = Duration.ofSeconds(40);
        QuizResult r = run(List.of("fx-truefalse", "fx-extra-1", "fx-extra-2"),
                new QuizOptions(Mode.EXAM, Optional.of(Duration.ofMinutes(1)), 0), "t\nt\nf\n");
        assertThat(out).contains("time limit 1:00").contains("(time left 1:00)").contains("(time left 0:20)")
                .contains("That answer came after the time limit and was not counted.")
                .contains("Time is up.").contains("Score: 1 of 3 points (33%)").contains("Time: 1:00");
        assertThat(r.timeUp()).isTrue();
        assertThat(r.records()).extracting(x -> x.verdict()).containsExactly(Verdict.RIGHT, Verdict.SKIPPED, Verdict.SKIPPED);
    }

    @Test
    void flashcardRevealsOnEnterThenTakesARating() {
        QuizResult r = run(List.of("fx-date", "fx-text"), QuizOptions.of(Mode.FLASHCARD), "\n5\n3\n\n1\n");
        assertThat(out).contains("Press Enter to see the answer.")
                .contains("Answer: 8 September 2021")
                .contains("Passage: On *8 September* the first")
                .contains("How well did you remember it? 1 again, 2 hard, 3 good, 4 easy.")
                .contains("? rate 1 (again), 2 (hard), 3 (good) or 4 (easy)")
                .doesNotContain("Type a date");
        assertThat(r.records()).extracting(x -> x.verdict()).containsExactly(Verdict.RIGHT, Verdict.WRONG);
        assertThat(r.records()).extracting(x -> x.given()).containsExactly("good", "again");
    }

    @Test
    void inputIsEchoedSoAPipedTranscriptReadsWell() {
        practice("fx-truefalse", "t\n");
        assertThat(out).contains("> t\n✓ RIGHT");
    }
}
