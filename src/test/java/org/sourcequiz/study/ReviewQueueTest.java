package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Question;

/** The review queue over simulated days, with history kept in memory through {@link Progression}. */
class ReviewQueueTest {
    private static final Instant DAY1 = Instant.parse("2024-04-01T08:00:00Z");
    private final List<Question> bank = new ArrayList<>();
    private final Map<String, QuestionProgress> progress = new LinkedHashMap<>();

    ReviewQueueTest() {
        for (int i = 1; i <= 30; i++) {
            bank.add(choice(String.format("q%02d", i), "src-a"));
        }
    }

    private void answer(Question q, boolean right, Instant at) {
        AnswerRecord a = TestBanks.answer(q, "s", right ? Verdict.RIGHT : Verdict.WRONG, right ? Rating.GOOD : Rating.AGAIN, at);
        progress.put(q.id(), Progression.advance(progress.get(q.id()), a, TestBanks.FSRS));
    }

    private ReviewBatch choose(Instant now, int newPerDay, int limit) {
        return ReviewQueue.choose(bank, progress, TestBanks.FSRS, now, newPerDay, limit);
    }

    private static List<String> ids(List<ReviewItem> items) {
        return items.stream().map(i -> i.question().id()).toList();
    }

    @Test
    void firstDayOffersTheDailyLimitOfNewQuestionsInBankOrder() {
        ReviewBatch b = choose(DAY1, 10, 100);
        assertThat(b.due()).isEmpty();
        assertThat(ids(b.fresh())).containsExactly("q01", "q02", "q03", "q04", "q05", "q06", "q07", "q08", "q09", "q10");
        assertThat(b.newAvailable()).isEqualTo(30);
        assertThat(b.newLeftToday()).isEqualTo(10);
    }

    @Test
    void theDailyNewLimitHoldsAcrossSessionsOfTheSameDay() {
        ReviewBatch morning = choose(DAY1, 10, 100);
        for (int i = 0; i < 6; i++) {
            answer(morning.fresh().get(i).question(), true, DAY1.plusSeconds(i));
        }
        ReviewBatch evening = choose(DAY1.plus(Duration.ofHours(10)), 10, 100);
        assertThat(evening.due()).isEmpty();
        assertThat(ids(evening.fresh())).containsExactly("q07", "q08", "q09", "q10");
        assertThat(evening.newLeftToday()).isEqualTo(4);
    }

    @Test
    void dueQuestionsComeFirstThenNewOnes() {
        for (Question q : choose(DAY1, 10, 100).questions()) {
            boolean right = Integer.parseInt(q.id().substring(1)) <= 5;
            answer(q, right, DAY1);
        }
        // Day 2: the five wrong ones (interval 1 day) are due; the five right ones (2 days) are not.
        ReviewBatch day2 = choose(DAY1.plus(Duration.ofDays(1)), 10, 100);
        assertThat(ids(day2.due())).containsExactly("q06", "q07", "q08", "q09", "q10");
        assertThat(day2.due()).allSatisfy(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2024, 4, 2)));
        assertThat(ids(day2.fresh())).startsWith("q11").hasSize(10);
        assertThat(ReviewQueue.dueCount(bank, progress, TestBanks.FSRS, DAY1.plus(Duration.ofDays(1)))).isEqualTo(5);

        ReviewBatch limited = choose(DAY1.plus(Duration.ofDays(1)), 10, 7);
        assertThat(ids(limited.items())).containsExactly("q06", "q07", "q08", "q09", "q10", "q11", "q12");
        assertThat(limited.dueTotal()).isEqualTo(5);

        // Day 3, nothing answered on day 2: the ones due since day 2 come before those due today.
        ReviewBatch day3 = choose(DAY1.plus(Duration.ofDays(2)), 10, 100);
        assertThat(ids(day3.due())).containsExactly("q06", "q07", "q08", "q09", "q10", "q01", "q02", "q03", "q04", "q05");
    }

    @Test
    void mostOverdueFirstThenLeastLikelyRecalled() {
        answer(bank.get(0), true, DAY1);                        // due day 3
        answer(bank.get(1), false, DAY1);                       // due day 2
        answer(bank.get(2), true, DAY1.plus(Duration.ofDays(1))); // due day 4
        ReviewBatch b = choose(DAY1.plus(Duration.ofDays(5)), 0, 100);
        assertThat(ids(b.due())).containsExactly("q02", "q01", "q03");
        assertThat(b.due().get(0).retrievability()).isLessThan(b.due().get(2).retrievability());
    }

    @Test
    void aChangedQuestionStartsFreshAndARemovedOneIsIgnored() {
        answer(bank.get(0), false, DAY1);
        answer(bank.get(1), false, DAY1);
        bank.set(0, TestBanks.reworded((ChoiceQuestion) bank.get(0)));
        bank.remove(1);
        ReviewBatch b = choose(DAY1.plus(Duration.ofDays(3)), 1, 100);
        assertThat(b.due()).isEmpty();
        assertThat(ids(b.fresh())).containsExactly("q01");
        assertThat(b.newAvailable()).isEqualTo(29);

        answer(bank.get(0), true, DAY1.plus(Duration.ofDays(3)));
        QuestionProgress p = progress.get("q01");
        assertThat(p.card().reps()).isEqualTo(1);
        assertThat(p.introduced()).isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(p.tally().answered()).isEqualTo(2);
    }

    @Test
    void mistakesAreTheQuestionsLastAnsweredWrongMostRecentFirst() {
        answer(bank.get(0), false, DAY1);
        answer(bank.get(1), false, DAY1.plusSeconds(10));
        answer(bank.get(2), true, DAY1.plusSeconds(20));
        answer(bank.get(3), false, DAY1.plusSeconds(30));
        answer(bank.get(3), true, DAY1.plusSeconds(40));
        assertThat(ReviewQueue.mistakes(bank, progress, 10)).extracting(Question::id).containsExactly("q02", "q01");
        assertThat(ReviewQueue.mistakes(bank, progress, 1)).extracting(Question::id).containsExactly("q02");
        bank.remove(1);
        assertThat(ReviewQueue.mistakes(bank, progress, 10)).extracting(Question::id).containsExactly("q01");
    }

    @Test
    void threeWeeksOfDailyReviewKeepEveryRule() {
        Map<String, Integer> timesAsked = new HashMap<>();
        Set<String> introduced = new HashSet<>();
        for (int day = 0; day < 21; day++) {
            Instant now = DAY1.plus(Duration.ofDays(day));
            LocalDate today = TestBanks.UTC_DAYS.dayOf(now);
            ReviewBatch b = choose(now, 5, 12);
            assertThat(b.fresh().size()).isLessThanOrEqualTo(5);
            assertThat(b.items().size()).isLessThanOrEqualTo(12);
            assertThat(b.due()).allSatisfy(i -> assertThat(i.due()).isBeforeOrEqualTo(today));
            assertThat(b.fresh()).allSatisfy(i -> assertThat(introduced).doesNotContain(i.question().id()));
            for (int i = 1; i < b.due().size(); i++) {
                assertThat(b.due().get(i - 1).due()).isBeforeOrEqualTo(b.due().get(i).due());
            }
            for (ReviewItem item : b.items()) {
                String id = item.question().id();
                int n = timesAsked.merge(id, 1, Integer::sum);
                introduced.add(id);
                // Odd questions are missed the first time they are asked, then known.
                answer(item.question(), Integer.parseInt(id.substring(1)) % 2 == 0 || n > 1, now.plusSeconds(n));
            }
        }
        assertThat(introduced).hasSize(30);
        assertThat(timesAsked.get("q01")).isGreaterThan(timesAsked.get("q02"));
    }
}
