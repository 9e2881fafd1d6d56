package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Question;

/** Grading of every kind, driven the way a UI drives it: by shown indexes. */
class GradingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    static QuizSession session(Question q, QuizOptions options) {
        return QuizSession.ofIds(TestBank.bank(), List.of(q.id()), 11, options, CLOCK, "test", AnswerListener.NONE);
    }

    static QuizSession practice(Question q) {
        return session(q, QuizOptions.of(Mode.PRACTICE));
    }

    static int shown(QuizSession s, String text) {
        return s.current().options().indexOf(text);
    }

    static int shownRight(QuizSession s, String text) {
        return s.current().rights().indexOf(text);
    }

    @Test
    void choice() {
        QuizSession s = practice(TestBank.CHOICE);
        Grade g = s.answer(Response.choice(shown(s, "10–16 September 2021")));
        assertThat(g.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(g.points()).isEqualTo(1);
        assertThat(g.given()).isEqualTo("10–16 September 2021");
        assertThat(g.expected()).isEqualTo("10–16 September 2021");

        s = practice(TestBank.CHOICE);
        g = s.answer(Response.choice(shown(s, "8–14 September 2021")));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.points()).isZero();
        assertThat(g.given()).isEqualTo("8–14 September 2021");
    }

    @Test
    void multiGivesPartialCredit() {
        assertThat(multi("Armenia", "India", "Kazakhstan", "Mongolia")).isEqualTo(new Object[] {Verdict.RIGHT, 1.0});
        assertThat(multi("Armenia", "India")).isEqualTo(new Object[] {Verdict.PARTIAL, 0.5});
        assertThat(multi("Armenia", "India", "Kazakhstan", "China")).isEqualTo(new Object[] {Verdict.PARTIAL, 0.5});
        assertThat(multi("Armenia", "China")).isEqualTo(new Object[] {Verdict.WRONG, 0.0});
        assertThat(multi("Armenia", "China", "Syria")).isEqualTo(new Object[] {Verdict.WRONG, 0.0});
        assertThat(multi("Armenia", "India", "Kazakhstan", "Mongolia", "China", "Syria"))
                .isEqualTo(new Object[] {Verdict.PARTIAL, 0.5});
    }

    private Object[] multi(String... picks) {
        QuizSession s = practice(TestBank.MULTI);
        Set<Integer> shown = java.util.Arrays.stream(picks).map(p -> shown(s, p)).collect(Collectors.toSet());
        Grade g = s.answer(Response.multi(shown));
        return new Object[] {g.verdict(), g.points()};
    }

    @Test
    void trueFalse() {
        assertThat(practice(TestBank.TRUEFALSE).answer(Response.trueFalse(true)).verdict()).isEqualTo(Verdict.RIGHT);
        Grade g = practice(TestBank.TRUEFALSE).answer(Response.trueFalse(false));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.given()).isEqualTo("false");
        assertThat(g.expected()).isEqualTo("true");
    }

    @Test
    void numberReadsAnyCommonForm() {
        for (String typed : List.of("200000", "200,000", "200 000", "200k", "0.2 million", "about 200 000")) {
            assertThat(practice(TestBank.NUMBER).answer(Response.typed(typed)).verdict()).as(typed).isEqualTo(Verdict.RIGHT);
        }
        Grade wrong = practice(TestBank.NUMBER).answer(Response.typed("12.8k"));
        assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(wrong.given()).isEqualTo("12.8k (read as 12,800)");
        assertThat(wrong.expected()).isEqualTo("200,000 military personnel");
        assertThat(wrong.highlights()).containsExactly("200,000");
    }

    @Test
    void numberJunkIsRefusedNotGraded() {
        QuizSession s = practice(TestBank.NUMBER);
        assertThat(s.problem(Response.typed("lots"))).get().asString().contains("not a number");
        assertThatThrownBy(() -> s.answer(Response.typed("lots"))).isInstanceOf(InvalidResponseException.class);
        assertThat(s.finished()).isFalse();
        assertThat(s.current().id()).isEqualTo("n1");
    }

    @Test
    void dateAcceptsAnyCommonFormAndAssumesTheYear() {
        for (String typed : List.of("9 September 2021", "Sept 9, 2021", "2021-09-09", "9.9.2021", "09/09/2021", "Sept 9", "9 Sept")) {
            assertThat(practice(TestBank.DATE).answer(Response.typed(typed)).verdict()).as(typed).isEqualTo(Verdict.RIGHT);
        }
        Grade g = practice(TestBank.DATE).answer(Response.typed("2021-09-10"));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.given()).isEqualTo("2021-09-10 (read as 10 September 2021)");
        assertThat(g.expected()).isEqualTo("9 September 2021");
        assertThat(g.highlights()).containsExactly("9 September");
    }

    @Test
    void aDayQuestionRefusesAMonthAnswer() {
        QuizSession s = practice(TestBank.DATE);
        assertThat(s.problem(Response.typed("September 2021"))).get().asString().contains("give the day");
    }

    @Test
    void aMonthQuestionTakesTheMonthOrAFullDate() {
        var month = new org.sourcequiz.model.DateQuestion(TestBank.DATE.stem(), java.time.LocalDate.of(2021, 9, 1),
                org.sourcequiz.model.DatePrecision.MONTH);
        var bank = new org.sourcequiz.model.Bank(List.of(TestBank.S2), List.of(new org.sourcequiz.model.QuestionSet(
                "m", "M", "", List.of(), List.of(month), "m.yaml")));
        for (String typed : List.of("September 2021", "2021-09", "Sept 2021", "09/2021", "September", "20 September 2021")) {
            QuizSession s = QuizSession.ofIds(bank, List.of("d1"), 1, QuizOptions.of(Mode.PRACTICE), CLOCK, "t", AnswerListener.NONE);
            assertThat(s.answer(Response.typed(typed)).verdict()).as(typed).isEqualTo(Verdict.RIGHT);
        }
        QuizSession s = QuizSession.ofIds(bank, List.of("d1"), 1, QuizOptions.of(Mode.PRACTICE), CLOCK, "t", AnswerListener.NONE);
        assertThat(s.answer(Response.typed("October 2021")).expected()).isEqualTo("September 2021");
    }

    @Test
    void textForgivesCaseDiacriticsAndATypo() {
        for (String typed : List.of("Krums", "gatis krums", "Krūms", "Kruns")) {
            assertThat(practice(TestBank.TEXT).answer(Response.typed(typed)).verdict()).as(typed).isEqualTo(Verdict.RIGHT);
        }
        Grade g = practice(TestBank.TEXT).answer(Response.typed("Lukashenko"));
        assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(g.expected()).isEqualTo("Gatis Krūms");
        assertThat(g.highlights()).containsExactly("Gatis Krūms");
    }

    @Test
    void orderScoresTheLongestRunInTheRightRelativeOrder() {
        assertThat(order("A", "B", "C", "D")).isEqualTo(new Object[] {Verdict.RIGHT, 1.0});
        assertThat(order("D", "A", "B", "C")).isEqualTo(new Object[] {Verdict.PARTIAL, 2.0 / 3});
        assertThat(order("B", "A", "C", "D")).isEqualTo(new Object[] {Verdict.PARTIAL, 2.0 / 3});
        assertThat(order("B", "A", "D", "C")).isEqualTo(new Object[] {Verdict.PARTIAL, 1.0 / 3});
        assertThat(order("D", "C", "B", "A")).isEqualTo(new Object[] {Verdict.WRONG, 0.0});
    }

    private Object[] order(String... items) {
        QuizSession s = practice(TestBank.ORDER);
        Grade g = s.answer(Response.order(java.util.Arrays.stream(items).map(i -> shown(s, i)).toList()));
        assertThat(g.given()).isEqualTo(String.join(" → ", items));
        return new Object[] {g.verdict(), g.points()};
    }

    @Test
    void orderNeedsEveryItemOnce() {
        QuizSession s = practice(TestBank.ORDER);
        assertThat(s.problem(Response.order(List.of(0, 1, 2)))).get().asString().contains("all 4 item numbers");
        assertThat(s.problem(Response.order(List.of(0, 1, 1, 2)))).isPresent();
    }

    @Test
    void matchScoresTheShareOfPairsRight() {
        assertThat(match(Map.of("about 200 thousand", "people", "more than 700", "units of equipment", "more than 80", "planes")))
                .isEqualTo(new Object[] {Verdict.RIGHT, 1.0});
        assertThat(match(Map.of("about 200 thousand", "people", "more than 700", "planes", "more than 80", "fighters")))
                .isEqualTo(new Object[] {Verdict.PARTIAL, 1.0 / 3});
        assertThat(match(Map.of("about 200 thousand", "fighters"))).isEqualTo(new Object[] {Verdict.WRONG, 0.0});
    }

    private Object[] match(Map<String, String> pairs) {
        QuizSession s = practice(TestBank.MATCH);
        Map<Integer, Integer> shown = new HashMap<>();
        pairs.forEach((l, r) -> shown.put(shown(s, l), shownRight(s, r)));
        Grade g = s.answer(Response.match(shown));
        return new Object[] {g.verdict(), g.points()};
    }

    @Test
    void matchRefusesAValueUsedTwiceOrOutOfRange() {
        QuizSession s = practice(TestBank.MATCH);
        assertThat(s.problem(Response.match(Map.of(0, 1, 1, 1)))).get().asString().contains("one item only");
        assertThat(s.problem(Response.match(Map.of(0, 9)))).get().asString().contains("no value j");
        assertThat(s.problem(Response.match(Map.of(5, 0)))).get().asString().contains("no item 6");
    }

    @Test
    void aResponseOfTheWrongShapeIsRefused() {
        assertThat(practice(TestBank.CHOICE).problem(Response.typed("2"))).isPresent();
        assertThat(practice(TestBank.CHOICE).problem(Response.choice(4))).get().asString().isEqualTo("there is no option 5; pick 1 to 4");
        assertThat(practice(TestBank.TRUEFALSE).problem(Response.choice(0))).isPresent();
        assertThat(practice(TestBank.MULTI).problem(Response.multi(Set.of()))).isPresent();
        assertThat(practice(TestBank.TEXT).problem(Response.typed("  ...  "))).isPresent();
        assertThat(practice(TestBank.TEXT).problem(Response.selfRating(Rating.GOOD))).isPresent();
    }

    @Test
    void skipScoresNothing() {
        Grade g = practice(TestBank.NUMBER).skip();
        assertThat(g.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(g.points()).isZero();
        assertThat(g.maxPoints()).isEqualTo(1);
        assertThat(g.given()).isEmpty();
        assertThat(g.expected()).isEqualTo("200,000 military personnel");
    }

    @Test
    void examNegativeMarkingCostsAWrongChoiceOrTrueFalse() {
        QuizOptions exam = new QuizOptions(Mode.EXAM, Optional.empty(), 0.25);
        QuizSession s = session(TestBank.CHOICE, exam);
        assertThat(s.answer(Response.choice(shown(s, "8–14 September 2021"))).points()).isEqualTo(-0.25);
        assertThat(session(TestBank.TRUEFALSE, exam).answer(Response.trueFalse(false)).points()).isEqualTo(-0.25);
        assertThat(session(TestBank.TRUEFALSE, exam).skip().points()).isZero();
        assertThat(session(TestBank.NUMBER, exam).answer(Response.typed("5")).points()).isZero();
        // Practice ignores it.
        assertThat(session(TestBank.TRUEFALSE, new QuizOptions(Mode.PRACTICE, Optional.empty(), 0.25))
                .answer(Response.trueFalse(false)).points()).isZero();
    }

    @Test
    void highlightsPreferTheAuthorsListElseTheAnswerInThePassage() {
        Question withList = new org.sourcequiz.model.ChoiceQuestion(new org.sourcequiz.model.Stem("c1", "p", "s1",
                TestBank.CHOICE.passage(), "", List.of(), 1, 1, List.of("September 10-16")), TestBank.CHOICE.choices(), 0);
        assertThat(Highlights.of(withList)).containsExactly("September 10-16");
        assertThat(Highlights.of(TestBank.CHOICE)).isEmpty();
        assertThat(Highlights.of(TestBank.MULTI)).containsExactly("Armenia", "India", "Kazakhstan", "Mongolia");
        assertThat(Highlights.find("a “Zapad-2021” b", "\"Zapad–2021\"")).contains("“Zapad-2021”");
        assertThat(Highlights.find("Indiana", "India")).isEmpty();
    }
}
