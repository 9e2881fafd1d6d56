package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;

class QuizSessionTest {
    private final FakeClock clock = new FakeClock();
    private final List<AnswerEvent> events = new ArrayList<>();

    private QuizSession start(List<String> ids, QuizOptions options) {
        return QuizSession.ofIds(TestBank.bank(), ids, 3, options, clock, "sess-1", events::add);
    }

    /** Answers the current question right, whatever it is. */
    private Grade answerRight(QuizSession s) {
        Presented p = s.current();
        return s.answer(switch (p.kind()) {
            case CHOICE -> Response.choice(p.options().indexOf("10–16 September 2021"));
            case TRUEFALSE -> Response.trueFalse(true);
            case NUMBER -> Response.typed("200,000");
            case DATE -> Response.typed("9 September 2021");
            case TEXT -> Response.typed("Krums");
            default -> throw new IllegalArgumentException(p.kind().toString());
        });
    }

    @Test
    void practiceWalksThroughEveryQuestionAndTimesEachAnswer() {
        QuizSession s = start(List.of("c1", "n1", "x1"), QuizOptions.of(Mode.PRACTICE));
        assertThat(s.current().position()).isEqualTo(1);
        clock.advanceSeconds(4);
        assertThat(answerRight(s).seconds()).isEqualTo(4.0);
        assertThat(s.current().position()).isEqualTo(2);
        clock.advanceSeconds(7);
        assertThat(s.answer(Response.typed("5")).seconds()).isEqualTo(7.0);
        clock.advanceSeconds(2);
        s.skip();
        assertThat(s.finished()).isTrue();
        assertThatThrownBy(s::current).isInstanceOf(IllegalStateException.class);
        clock.advanceSeconds(100);
        QuizResult r = s.result();
        assertThat(r.taken()).isEqualTo(Duration.ofSeconds(13));
        assertThat(r.points()).isEqualTo(1);
        assertThat(r.maxPoints()).isEqualTo(3);
        assertThat(r.percentage()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.records()).extracting(QuestionRecord::verdict).containsExactly(Verdict.RIGHT, Verdict.WRONG, Verdict.SKIPPED);
        assertThat(r.missedIds()).containsExactly("n1", "x1");
        assertThat(r.seed()).isEqualTo(3);
        assertThat(r.notReached()).isZero();
    }

    @Test
    void theListenerHearsEachAnswerAsItIsGraded() {
        QuizSession s = start(List.of("c1", "t1"), QuizOptions.of(Mode.EXAM));
        answerRight(s);
        assertThat(events).hasSize(1);
        AnswerEvent e = events.get(0);
        assertThat(e.question().id()).isEqualTo("c1");
        assertThat(e.setId()).isEqualTo("alpha");
        assertThat(e.sessionId()).isEqualTo("sess-1");
        assertThat(e.mode()).isEqualTo(Mode.EXAM);
        assertThat(e.grade().verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(e.at()).isEqualTo(clock.instant());
        s.skip();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).grade().verdict()).isEqualTo(Verdict.SKIPPED);
    }

    @Test
    void anInvalidResponseChangesNothingAndTellsNoOne() {
        QuizSession s = start(List.of("n1"), QuizOptions.of(Mode.PRACTICE));
        assertThatThrownBy(() -> s.answer(Response.typed("many"))).isInstanceOf(InvalidResponseException.class);
        assertThat(events).isEmpty();
        assertThat(s.current().id()).isEqualTo("n1");
    }

    @Test
    void examTimeLimitEndsTheQuizAndCountsWhatWasLeftAsSkipped() {
        QuizSession s = start(List.of("c1", "t1", "n1"), new QuizOptions(Mode.EXAM, Optional.of(Duration.ofMinutes(1)), 0));
        assertThat(s.timeLeft()).contains(Duration.ofMinutes(1));
        clock.advanceSeconds(20);
        answerRight(s);
        assertThat(s.timeLeft()).contains(Duration.ofSeconds(40));
        assertThat(s.finished()).isFalse();
        clock.advanceSeconds(45);
        assertThat(s.finished()).isTrue();
        assertThat(s.timeUp()).isTrue();
        assertThat(s.timeLeft()).contains(Duration.ZERO);
        assertThatThrownBy(() -> s.answer(Response.trueFalse(true)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("time is up");
        QuizResult r = s.result();
        assertThat(r.timeUp()).isTrue();
        assertThat(r.taken()).isEqualTo(Duration.ofMinutes(1));
        assertThat(r.records()).extracting(QuestionRecord::verdict).containsExactly(Verdict.RIGHT, Verdict.SKIPPED, Verdict.SKIPPED);
        assertThat(r.maxPoints()).isEqualTo(3);
        assertThat(events).hasSize(1);
    }

    @Test
    void quitEndsTheQuizWithTheResultSoFar() {
        QuizSession s = start(List.of("c1", "t1", "n1"), QuizOptions.of(Mode.PRACTICE));
        answerRight(s);
        s.quit();
        assertThat(s.finished()).isTrue();
        QuizResult r = s.result();
        assertThat(r.records()).hasSize(1);
        assertThat(r.notReached()).isEqualTo(2);
        assertThat(r.percentage()).isEqualTo(100);
    }

    @Test
    void flashcardRevealsThenTakesASelfRating() {
        QuizSession s = start(List.of("d1", "x1"), QuizOptions.of(Mode.FLASHCARD));
        Reveal reveal = s.reveal();
        assertThat(reveal.expected()).isEqualTo("9 September 2021");
        assertThat(reveal.highlights()).containsExactly("9 September");
        assertThat(s.problem(Response.typed("9 September 2021"))).get().asString().contains("rate your recall");
        Grade good = s.answer(Response.selfRating(Rating.GOOD));
        assertThat(good.verdict()).isEqualTo(Verdict.RIGHT);
        assertThat(good.rating()).contains(Rating.GOOD);
        Grade again = s.answer(Response.selfRating(Rating.AGAIN));
        assertThat(again.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(again.given()).isEqualTo("again");
        assertThat(s.result().points()).isEqualTo(1);
    }

    @Test
    void modesSayWhetherToShowFeedbackAtOnce() {
        assertThat(Mode.PRACTICE.feedbackAfterEachAnswer()).isTrue();
        assertThat(Mode.FLASHCARD.feedbackAfterEachAnswer()).isTrue();
        assertThat(Mode.EXAM.feedbackAfterEachAnswer()).isFalse();
    }

    @Test
    void negativeMarkingNeverTakesTheTotalBelowZero() {
        QuizSession s = start(List.of("t1", "c1"), new QuizOptions(Mode.EXAM, Optional.empty(), 0.5));
        s.answer(Response.trueFalse(false));
        s.answer(Response.choice(s.current().options().indexOf("8–14 September 2021")));
        assertThat(s.grades()).extracting(Grade::points).containsExactly(-0.5, -0.5);
        assertThat(s.result().points()).isZero();
    }

    @Test
    void resultBreaksDownBySetTagSourceAndKindAndFindsTheLongestStreak() {
        QuizSession s = start(List.of("c1", "t1", "n1", "d1", "x1"), QuizOptions.of(Mode.PRACTICE));
        answerRight(s);
        answerRight(s);
        s.answer(Response.typed("1"));
        answerRight(s);
        answerRight(s);
        QuizResult r = s.result();
        assertThat(r.bySet()).containsOnlyKeys("alpha", "beta");
        assertThat(r.bySet().get("alpha")).isEqualTo(new Tally(2, 2, 0, 0, 0, 2, 2));
        assertThat(r.bySet().get("beta")).isEqualTo(new Tally(3, 2, 0, 1, 0, 2, 3));
        assertThat(r.bySource().get("s2").percentage()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.byTag()).containsOnlyKeys("date", "claim", "figure");
        assertThat(r.byTag().get("figure").wrong()).isEqualTo(1);
        assertThat(r.byTag().get("date").right()).isEqualTo(2);
        assertThat(r.byKind()).containsOnlyKeys(Kind.CHOICE, Kind.TRUEFALSE, Kind.NUMBER, Kind.DATE, Kind.TEXT);
        assertThat(r.longestStreak()).isEqualTo(2);
    }

    @Test
    void anEmptyPlanIsFinishedAtOnce() {
        QuizSession s = start(List.of(), QuizOptions.of(Mode.PRACTICE));
        assertThat(s.finished()).isTrue();
        assertThat(s.result().percentage()).isZero();
    }
}
