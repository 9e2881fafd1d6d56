package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** Moodle-style weights and per-answer feedback, graded as Moodle's qtypes grade them. */
class WeightsAndFeedbackTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    static final ChoiceQuestion CHOICE = new ChoiceQuestion(TestBank.stem("wc", "s1", "p", List.of()),
            List.of("best", "half", "nothing", "penalty"), 0, List.of(1.0, 0.5, 0.0, -0.5),
            List.of("Yes.", "Half right.", "", "That costs."));
    static final MultiQuestion MULTI = MultiQuestion.weighted(TestBank.stem("wm", "s1", "p", List.of()),
            List.of("a", "b", "bad", "neutral"), List.of(0.5, 0.5, -1.0, 0.0), List.of("A is right.", "", "Not c.", ""));
    static final TrueFalseQuestion TF = new TrueFalseQuestion(TestBank.stem("wt", "s1", "p", List.of()), false,
            "It was not.", "Indeed not.");
    static final TextQuestion TEXT = new TextQuestion(TestBank.stem("wx", "s1", "p", List.of()),
            List.of("Lukashenko", "Lukashenka", "Luka*", "*"), List.of(1.0, 1.0, 0.5, 0.0),
            List.of("", "The Belarusian spelling.", "Only the start.", "No."), "Nothing matched.");
    static final NumberQuestion NUMBER = new NumberQuestion(TestBank.stem("wn", "s1", "p", List.of()),
            new BigDecimal("2000"), new BigDecimal("2000"), new BigDecimal("2000"), "",
            List.of(NumberQuestion.Band.around(new BigDecimal("2000"), new BigDecimal("500"), 0.5, "Close."),
                    new NumberQuestion.Band(null, new BigDecimal("1"), new BigDecimal("10"), 0, "Far too few.")),
            "Not near.");

    private static QuizSession session(Question q) {
        Bank bank = new Bank(List.of(TestBank.S1), List.of(new QuestionSet("w", "W", "", List.of(), List.of(q), "w.yaml")));
        return QuizSession.ofIds(bank, List.of(q.id()), 3, QuizOptions.of(Mode.PRACTICE), CLOCK, "t", AnswerListener.NONE);
    }

    private static Grade choose(String option) {
        QuizSession s = session(CHOICE);
        return s.answer(Response.choice(s.current().options().indexOf(option)));
    }

    @Test
    void aChoiceEarnsItsWeightAndShowsItsFeedback() {
        assertThat(choose("best")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.RIGHT, 1.0, List.of("Yes."));
        assertThat(choose("half")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.PARTIAL, 0.5, List.of("Half right."));
        assertThat(choose("nothing")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.WRONG, 0.0, List.of());
        assertThat(choose("penalty")).extracting(Grade::verdict, Grade::points).containsExactly(Verdict.WRONG, -0.5);
    }

    private static Grade tick(String... options) {
        QuizSession s = session(MULTI);
        Set<Integer> shown = new java.util.HashSet<>();
        for (String o : options) {
            shown.add(s.current().options().indexOf(o));
        }
        return s.answer(Response.multi(shown));
    }

    @Test
    void multiSumsTheWeightsPickedWithinZeroAndOne() {
        assertThat(MULTI.answers()).containsExactly(0, 1);
        assertThat(tick("a", "b").points()).isEqualTo(1.0);
        assertThat(tick("a", "b", "neutral").verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(tick("a").verdict()).isEqualTo(Verdict.PARTIAL);
        assertThat(tick("a", "bad")).extracting(Grade::verdict, Grade::points).containsExactly(Verdict.WRONG, 0.0);
        assertThat(tick("a", "b", "bad").points()).isEqualTo(0.0);
        assertThat(tick("bad", "a").feedback()).containsExactly("A is right.", "Not c.");
    }

    @Test
    void trueFalseShowsTheFeedbackOfTheAnswerGiven() {
        assertThat(session(TF).answer(Response.trueFalse(true)).feedback()).containsExactly("It was not.");
        assertThat(session(TF).answer(Response.trueFalse(false)).feedback()).containsExactly("Indeed not.");
    }

    private static Grade type(Question q, String text) {
        return session(q).answer(Response.typed(text));
    }

    @Test
    void textMatchesTheFirstAnswerInOrderWithWildcards() {
        assertThat(type(TEXT, "lukashenko")).extracting(Grade::verdict, Grade::feedback).containsExactly(Verdict.RIGHT, List.of());
        // Within one typo of "Lukashenko", but listed as a spelling of its own: its feedback, not a typo's silence.
        assertThat(type(TEXT, "Lukashenka").feedback()).containsExactly("The Belarusian spelling.");
        assertThat(type(TEXT, "Lukashenkoo").verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(type(TEXT, "Lukaszenko")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.RIGHT, 1.0, List.of());
        assertThat(type(TEXT, "Lukas")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.PARTIAL, 0.5, List.of("Only the start."));
        assertThat(type(TEXT, "Putin")).extracting(Grade::verdict, Grade::feedback).containsExactly(Verdict.WRONG, List.of("No."));
    }

    @Test
    void otherFeedbackWhenNothingMatches() {
        TextQuestion plain = new TextQuestion(TestBank.stem("wy", "s1", "p", List.of()), List.of("Minsk"), List.of(),
                List.of(), "The capital.");
        assertThat(type(plain, "Moscow").feedback()).containsExactly("The capital.");
        assertThat(TextAnswer.matching("Gatis Krums", List.of("Gatis *"))).hasValue(0);
        assertThat(TextAnswer.matching("Krums", List.of("Gatis *"))).isEmpty();
        assertThat(TextAnswer.matching("Alexander Grigoryevich Lukashenko", List.of("Alexander * Lukashenko"))).hasValue(0);
        assertThat(TextAnswer.shown("Luka*")).isEqualTo("Luka");
    }

    @Test
    void numberAlternativesGivePartialCreditInOrder() {
        assertThat(type(NUMBER, "2000").verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(type(NUMBER, "2,400")).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.PARTIAL, 0.5, List.of("Close."));
        assertThat(type(NUMBER, "5")).extracting(Grade::verdict, Grade::feedback).containsExactly(Verdict.WRONG, List.of("Far too few."));
        assertThat(type(NUMBER, "900")).extracting(Grade::verdict, Grade::feedback).containsExactly(Verdict.WRONG, List.of("Not near."));
    }

    @Test
    void withoutWeightsTheOldGradingStands() {
        QuizSession s = GradingTest.practice(TestBank.MULTI);
        Set<Integer> picks = Set.of(GradingTest.shown(s, "Armenia"), GradingTest.shown(s, "China"));
        assertThat(s.answer(Response.multi(picks))).extracting(Grade::verdict, Grade::points, Grade::feedback)
                .containsExactly(Verdict.WRONG, 0.0, List.of());
    }
}
