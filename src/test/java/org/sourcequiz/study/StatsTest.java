package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.StatsReport.Granularity;
import org.sourcequiz.study.StatsReport.Group;

/**
 * Five days of study, worked out by hand: Mon 4 March 2024 to Fri 8 March (no study on Wednesday).
 *
 * <pre>
 *   Mon q1 right, q2 wrong, q5 partial      set a = q1..q4 (tag military), set b = q5, q6
 *   Tue q2 right, q3 right (fast)           tags: q1 q3 q5 date; q2 q4 figure
 *   Thu q1 right, q6 wrong                  sources: q1 q2 q5 src-a; q3 q4 q6 src-b
 *   Fri q6 skipped, qx right (qx is no longer in the bank)
 * </pre>
 */
class StatsTest {
    private static final ChoiceQuestion Q1 = choice("q1", "src-a", "date");
    private static final ChoiceQuestion Q2 = choice("q2", "src-a", "figure");
    private static final ChoiceQuestion Q3 = choice("q3", "src-b", "date");
    private static final ChoiceQuestion Q4 = choice("q4", "src-b", "figure");
    private static final ChoiceQuestion Q5 = choice("q5", "src-a", "date");
    private static final ChoiceQuestion Q6 = choice("q6", "src-b");
    private static final ChoiceQuestion QX = choice("qx", "src-a");
    private static final Bank BANK = TestBanks.bank(
            TestBanks.set("a", List.of("military"), Q1, Q2, Q3, Q4),
            TestBanks.set("b", List.of(), Q5, Q6));
    private static final Instant NOW = at("2024-03-08T18:00:00Z");

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    private static List<AnswerRecord> week() {
        return List.of(
                answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, at("2024-03-04T09:00:00Z")),
                answer(Q2, "a", Verdict.WRONG, Rating.AGAIN, at("2024-03-04T09:01:00Z")),
                answer(Q5, "b", Verdict.PARTIAL, Rating.HARD, at("2024-03-04T09:02:00Z")),
                answer(Q2, "a", Verdict.RIGHT, Rating.GOOD, at("2024-03-05T09:00:00Z")),
                answer(Q3, "a", Verdict.RIGHT, Rating.EASY, at("2024-03-05T09:01:00Z")),
                answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, at("2024-03-07T09:00:00Z")),
                answer(Q6, "b", Verdict.WRONG, Rating.AGAIN, at("2024-03-07T09:01:00Z")),
                answer(Q6, "b", Verdict.SKIPPED, Rating.AGAIN, at("2024-03-08T09:00:00Z")),
                answer(QX, "gone", Verdict.RIGHT, Rating.GOOD, at("2024-03-08T09:01:00Z")));
    }

    private static StatsReport report(Granularity g) {
        List<AnswerRecord> answers = week();
        return Stats.compute(BANK, Progression.replay(answers, TestBanks.FSRS),
                Progression.days(answers, TestBanks.UTC_DAYS), TestBanks.FSRS, NOW, g);
    }

    @Test
    void overviewCountsEveryAnswerButOnlyTheBanksQuestions() {
        StatsReport r = report(Granularity.WEEK);
        assertThat(r.today()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(r.overview().questions()).isEqualTo(6);
        assertThat(r.overview().seen()).isEqualTo(5);
        assertThat(r.overview().mastered()).isZero();
        assertThat(r.overview().answers()).isEqualTo(new Tally(5, 1, 2, 1));
        assertThat(r.overview().answers().accuracy()).isCloseTo(5.5 / 9, within(1e-9));
        assertThat(r.overview().today()).isEqualTo(new Tally(1, 0, 0, 1));
        // q2 (due Thu) and q5 (due Tue) are overdue.
        assertThat(r.overview().dueToday()).isEqualTo(2);
    }

    @Test
    void perSetSeenMasteredAndAccuracy() {
        StatsReport r = report(Granularity.WEEK);
        assertThat(r.sets()).extracting(StatsReport.SetRow::id, StatsReport.SetRow::questions, StatsReport.SetRow::seen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 4, 3), org.assertj.core.groups.Tuple.tuple("b", 2, 2));
        assertThat(r.sets().get(0).answers().accuracy()).isCloseTo(0.8, within(1e-9));
        assertThat(r.sets().get(1).answers().accuracy()).isCloseTo(0.5 / 3, within(1e-9));
    }

    @Test
    void accuracyByTagSourceAndKind() {
        StatsReport r = report(Granularity.WEEK);
        Map<String, Double> tags = accuracies(r.byTag());
        assertThat(tags).containsOnlyKeys("date", "figure", "military");
        assertThat(tags.get("date")).isCloseTo(3.5 / 4, within(1e-9));
        assertThat(tags.get("figure")).isCloseTo(0.5, within(1e-9));
        assertThat(tags.get("military")).isCloseTo(0.8, within(1e-9));
        Map<String, Double> sources = accuracies(r.bySource());
        assertThat(sources.get("src-a")).isCloseTo(3.5 / 5, within(1e-9));
        assertThat(sources.get("src-b")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(r.bySource()).extracting(Group::label).containsExactly("Article src-a", "Article src-b");
        assertThat(r.byKind()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("choice");
            assertThat(g.answers()).isEqualTo(new Tally(4, 1, 2, 1));
        });
    }

    @Test
    void accuracyOverTimeByDayAndByWeek() {
        StatsReport days = report(Granularity.DAY);
        assertThat(days.overTime()).hasSize(Stats.DAYS_SHOWN);
        List<StatsReport.PeriodRow> last5 = days.overTime().subList(Stats.DAYS_SHOWN - 5, Stats.DAYS_SHOWN);
        assertThat(last5).extracting(StatsReport.PeriodRow::start).containsExactly(
                LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
                LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8));
        assertThat(last5).extracting(StatsReport.PeriodRow::answers).containsExactly(
                new Tally(1, 1, 1, 0), new Tally(2, 0, 0, 0), Tally.ZERO, new Tally(1, 0, 1, 0), new Tally(1, 0, 0, 1));
        assertThat(last5.get(2).answers().accuracy()).isNull();

        StatsReport weeks = report(Granularity.WEEK);
        assertThat(weeks.overTime()).hasSize(Stats.WEEKS_SHOWN);
        StatsReport.PeriodRow thisWeek = weeks.overTime().get(Stats.WEEKS_SHOWN - 1);
        assertThat(thisWeek.start()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(thisWeek.end()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(thisWeek.answers().answered()).isEqualTo(9);
        assertThat(weeks.overTime().get(Stats.WEEKS_SHOWN - 2).answers()).isEqualTo(Tally.ZERO);
    }

    @Test
    void streaksBreakOnADayWithoutStudy() {
        StatsReport.Streaks s = report(Granularity.WEEK).streaks();
        assertThat(s.current()).isEqualTo(2);
        assertThat(s.best()).isEqualTo(2);
        assertThat(s.studiedToday()).isTrue();
    }

    @Test
    void streakStillCountsUntilTheEndOfTheNextDay() {
        List<DayTally> days = List.of(
                new DayTally(LocalDate.of(2024, 1, 1), Tally.of(Verdict.RIGHT)),
                new DayTally(LocalDate.of(2024, 1, 2), Tally.of(Verdict.RIGHT)),
                new DayTally(LocalDate.of(2024, 1, 3), Tally.of(Verdict.WRONG)),
                new DayTally(LocalDate.of(2024, 1, 5), Tally.of(Verdict.RIGHT)),
                new DayTally(LocalDate.of(2024, 1, 6), Tally.of(Verdict.RIGHT)));
        assertThat(Stats.streaks(days, LocalDate.of(2024, 1, 7))).isEqualTo(new StatsReport.Streaks(2, 3, false));
        assertThat(Stats.streaks(days, LocalDate.of(2024, 1, 8))).isEqualTo(new StatsReport.Streaks(0, 3, false));
        assertThat(Stats.streaks(List.of(), LocalDate.of(2024, 1, 8))).isEqualTo(new StatsReport.Streaks(0, 0, false));
    }

    @Test
    void forecastOfTheNextFourteenDays() {
        // q1 Good Mon, Good Thu: stability 13.83, due in 14 days from Thu (21 March);
        // q2 due Thu (overdue), q5 due Tue (overdue), q6 due Sat, q3 Easy on Tue: due 13 March.
        StatsReport r = report(Granularity.WEEK);
        assertThat(r.forecast()).hasSize(14);
        assertThat(r.forecast().get(0).day()).isEqualTo(LocalDate.of(2024, 3, 8));
        assertThat(r.forecast()).extracting(StatsReport.DueDay::count)
                .containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void weakestTopicsNeedEnoughAnswers() {
        // Only "military" has five answers; "date" (4) and "figure" (2) are too few to judge.
        assertThat(report(Granularity.WEEK).weakest()).extracting(Group::key).containsExactly("military");
    }

    @Test
    void weakestTopicsAreTheFiveLowestAccuracies() {
        List<ChoiceQuestion> qs = new ArrayList<>();
        List<AnswerRecord> answers = new ArrayList<>();
        Instant t = at("2024-01-01T10:00:00Z");
        for (int topic = 0; topic < 7; topic++) {
            ChoiceQuestion q = choice("t" + topic, "src-a", "topic-" + topic);
            qs.add(q);
            for (int i = 0; i < 10; i++) {
                boolean right = i < topic + 2;
                answers.add(answer(q, "s", right ? Verdict.RIGHT : Verdict.WRONG, right ? Rating.GOOD : Rating.AGAIN,
                        t.plusSeconds(60L * (topic * 10 + i))));
            }
        }
        Bank bank = TestBanks.bank(TestBanks.set("s", List.of(), qs.toArray(ChoiceQuestion[]::new)));
        StatsReport r = Stats.compute(bank, Progression.replay(answers, TestBanks.FSRS),
                Progression.days(answers, TestBanks.UTC_DAYS), TestBanks.FSRS, t.plusSeconds(86400), Granularity.WEEK);
        assertThat(r.weakest()).extracting(Group::key)
                .containsExactly("topic-0", "topic-1", "topic-2", "topic-3", "topic-4");
        assertThat(r.weakest().get(0).answers().accuracy()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void masteredMeansThreeWeeksOfStabilityForTheCurrentContent() {
        Instant t = at("2024-01-01T10:00:00Z");
        Card strong = new Card(CardState.REVIEW, 30, 3, t, LocalDate.of(2024, 1, 31), 4, 0);
        Card weak = new Card(CardState.REVIEW, 10, 3, t, LocalDate.of(2024, 1, 11), 2, 0);
        Map<String, QuestionProgress> progress = new HashMap<>();
        progress.put("q1", new QuestionProgress("q1", ContentHash.of(Q1), strong, LocalDate.of(2023, 12, 1),
                Tally.of(Verdict.RIGHT), Verdict.RIGHT, t));
        progress.put("q2", new QuestionProgress("q2", ContentHash.of(Q2), weak, LocalDate.of(2023, 12, 1),
                Tally.of(Verdict.RIGHT), Verdict.RIGHT, t));
        progress.put("q3", new QuestionProgress("q3", "0000000000000000", strong, LocalDate.of(2023, 12, 1),
                Tally.of(Verdict.RIGHT), Verdict.RIGHT, t));
        StatsReport r = Stats.compute(BANK, progress, List.of(), TestBanks.FSRS, t, Granularity.WEEK);
        assertThat(r.overview().mastered()).isEqualTo(1);
        assertThat(r.overview().seen()).isEqualTo(3);
        assertThat(r.sets().get(0).mastered()).isEqualTo(1);
    }

    private static Map<String, Double> accuracies(List<Group> groups) {
        Map<String, Double> m = new HashMap<>();
        groups.forEach(g -> m.put(g.key(), g.answers().accuracy()));
        return m;
    }
}
