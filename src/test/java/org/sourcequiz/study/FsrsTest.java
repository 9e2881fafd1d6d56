package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the scheduler to FSRS-6 with its published default weights (FsrsParameters.DEFAULT: the
 * DEFAULT_PARAMETERS of fsrs-rs and py-fsrs 6, ts-fsrs 5's default_w).
 *
 * <p>Two kinds of expected numbers. Reference vectors published by the FSRS projects themselves
 * (ts-fsrs's FSRS-6 test suite, which takes the memory-state vector from fsrs-rs's inference tests).
 * And sequences for this scheduler's configuration (no learning steps, no fuzz, reviews on the day
 * due), worked out from the formulas outside this code base; the first steps by hand:
 *
 * <pre>
 *   F = 0.9^(1/-w20) - 1 = 0.98034649
 *   Good on a new card: S = w2 = 2.3065, D = w4 - e^(2 w5) + 1 = 2.11810397, interval round(2.3065) = 2
 *   Good two days later: R = (1 + F*2/2.3065)^-w20 = 0.90949326
 *     S' = S (1 + e^w8 (11 - D) S^-w9 (e^((1-R) w10) - 1))
 *        = 2.3065 (1 + 6.50258636 * 8.88189603 * 0.87002544 * 0.07470195) = 10.96433234 -> 11 days
 *     D' = w7 D0(Easy) + (1 - w7) D = 0.001 * -4.77163070 + 0.999 * 2.11810397 = 2.11121424
 * </pre>
 */
class FsrsTest {
    private static final Instant T0 = Instant.parse("2022-12-29T12:30:00Z");
    private final Fsrs fsrs = TestBanks.FSRS;

    private record Step(int interval, double stability, double difficulty) {}

    /** Rates a new card with each rating in turn, each on the day the previous one made it due. */
    private List<Step> onDueDays(Rating... ratings) {
        List<Step> steps = new ArrayList<>();
        Card card = Card.NEW;
        Instant now = T0;
        for (Rating r : ratings) {
            card = fsrs.schedule(card, r, now);
            int interval = (int) (card.due().toEpochDay() - TestBanks.UTC_DAYS.dayOf(now).toEpochDay());
            steps.add(new Step(interval, card.stability(), card.difficulty()));
            now = now.plus(Duration.ofDays(interval));
        }
        return steps;
    }

    private static void assertSteps(List<Step> actual, int[] intervals, double[] stability, double[] difficulty) {
        assertThat(actual.stream().mapToInt(Step::interval).toArray()).containsExactly(intervals);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).stability()).as("stability after rating %d", i + 1).isCloseTo(stability[i], within(1e-5));
            assertThat(actual.get(i).difficulty()).as("difficulty after rating %d", i + 1).isCloseTo(difficulty[i], within(1e-5));
        }
    }

    @Test
    void firstRatingSetsPublishedInitialStabilityAndDifficulty() {
        // ts-fsrs FSRS-6 test "first repeat": stability [0.212, 1.2931, 2.3065, 8.2956],
        // difficulty [6.4133, 5.11217071, 2.11810397, 1].
        double[] s = {0.212, 1.2931, 2.3065, 8.2956};
        double[] d = {6.4133, 5.11217071, 2.11810397, 1};
        int[] interval = {1, 1, 2, 8};
        for (Rating r : Rating.values()) {
            Card c = fsrs.schedule(Card.NEW, r, T0);
            int i = r.grade() - 1;
            assertThat(c.stability()).isCloseTo(s[i], within(1e-8));
            assertThat(c.difficulty()).isCloseTo(d[i], within(1e-8));
            assertThat(c.due()).isEqualTo(LocalDate.of(2022, 12, 29).plusDays(interval[i]));
            assertThat(c.reps()).isEqualTo(1);
            assertThat(c.lapses()).isZero();
            assertThat(c.state()).isEqualTo(CardState.REVIEW);
        }
    }

    @Test
    void retrievabilityOnTheDueDayMatchesThePublishedValue() {
        // ts-fsrs "return retrievability percentage for review cards": Easy, then at its due date 0.9024733.
        Card easy = fsrs.schedule(Card.NEW, Rating.EASY, T0);
        assertThat(fsrs.retrievability(easy, T0.plus(Duration.ofDays(8)))).isCloseTo(0.9024733, within(1e-7));
        assertThat(fsrs.retrievability(Card.NEW, T0)).isZero();
    }

    @Test
    void memoryStateMatchesTheFsrsRsReferenceVector() {
        // fsrs-rs inference tests, repeated in ts-fsrs "memory state[short-term]": Again, Good the same
        // day, then Good after 1, 3, 8 and 21 days gives S = 53.62691, D = 6.3574867.
        Rating[] ratings = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        int[] gaps = {0, 0, 1, 3, 8, 21};
        Card card = Card.NEW;
        Instant now = T0;
        for (int i = 0; i < ratings.length; i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = fsrs.schedule(card, ratings[i], now);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
        assertThat(card.reps()).isEqualTo(6);
        assertThat(card.lapses()).isZero();
    }

    @Test
    void goodSixTimesThenTwoLapsesThenGoodAgain() {
        List<Step> steps = onDueDays(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        assertSteps(steps,
                new int[] {2, 11, 46, 163, 497, 1346, 9, 1, 2, 4, 7, 13, 22},
                new double[] {2.3065, 10.964332, 46.280217, 162.862202, 497.447194, 1345.528778, 9.444601, 1.312639,
                    2.349673, 4.194028, 7.46654, 12.731547, 21.528151},
                new double[] {2.118104, 2.111214, 2.104331, 2.097455, 2.090586, 2.083724, 7.383202, 9.125105,
                    9.111208, 9.097325, 9.083456, 9.069601, 9.05576});
    }

    @Test
    void everyRatingInTurn() {
        List<Step> steps = onDueDays(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY,
                Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY);
        assertSteps(steps,
                new int[] {1, 1, 3, 12, 1, 2, 4, 9},
                new double[] {0.212, 1.219217, 3.086306, 11.706162, 1.48336, 2.179396, 3.855108, 9.414036},
                new double[] {6.4133, 7.60421, 7.591834, 6.772365, 8.924327, 9.271146, 9.257104, 8.994091});
    }

    @Test
    void easyAndHardStreaks() {
        assertThat(onDueDays(Rating.EASY, Rating.EASY, Rating.EASY, Rating.EASY).stream().map(Step::interval))
                .containsExactly(8, 66, 397, 1875);
        assertThat(onDueDays(Rating.HARD, Rating.HARD, Rating.HARD, Rating.HARD, Rating.HARD).stream().map(Step::interval))
                .containsExactly(1, 3, 7, 12, 18);
    }

    @Test
    void reviewingLateGrowsStabilityMoreThanOnTime() {
        Card first = fsrs.schedule(Card.NEW, Rating.GOOD, T0);
        Card late = fsrs.schedule(first, Rating.GOOD, T0.plus(Duration.ofDays(10)));
        assertThat(late.stability()).isCloseTo(25.108720, within(1e-5));
        assertThat(late.due()).isEqualTo(LocalDate.of(2023, 1, 8).plusDays(25));
        Card early = fsrs.schedule(late, Rating.GOOD, T0.plus(Duration.ofDays(13)));
        assertThat(early.stability()).isCloseTo(36.621195, within(1e-5));
    }

    @Test
    void sameDayRatingsUseShortTermStability() {
        Card again = fsrs.schedule(Card.NEW, Rating.AGAIN, T0);
        Card good = fsrs.schedule(again, Rating.GOOD, T0.plus(Duration.ofMinutes(10)));
        assertThat(good.stability()).isCloseTo(0.246689, within(1e-6));
        assertThat(good.difficulty()).isCloseTo(6.402115, within(1e-6));
        Card next = fsrs.schedule(good, Rating.GOOD, T0.plus(Duration.ofDays(1)));
        assertThat(next.stability()).isCloseTo(2.021477, within(1e-6));
        assertThat(next.due()).isEqualTo(LocalDate.of(2022, 12, 30).plusDays(2));
    }

    @Test
    void againAfterRecallCountsALapse() {
        Card c = fsrs.schedule(Card.NEW, Rating.GOOD, T0);
        c = fsrs.schedule(c, Rating.AGAIN, T0.plus(Duration.ofDays(2)));
        c = fsrs.schedule(c, Rating.AGAIN, T0.plus(Duration.ofDays(3)));
        assertThat(c.lapses()).isEqualTo(2);
        assertThat(c.reps()).isEqualTo(3);
    }

    @Test
    void studyDaysDecideElapsedTimeNotHours() {
        // 22:00 and 09:00 the next morning are one study day apart, though only 11 hours passed.
        Fsrs local = new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.ofHours(3)));
        Instant evening = Instant.parse("2024-03-01T19:00:00Z");
        Card c = local.schedule(Card.NEW, Rating.GOOD, evening);
        assertThat(c.due()).isEqualTo(LocalDate.of(2024, 3, 3));
        Card morning = local.schedule(c, Rating.GOOD, Instant.parse("2024-03-02T06:00:00Z"));
        Card sameNight = local.schedule(c, Rating.GOOD, Instant.parse("2024-03-01T23:30:00Z"));
        assertThat(morning.stability()).isGreaterThan(sameNight.stability());
        // 01:30 local on 2 March is still the study day of 1 March (rollover at 04:00).
        assertThat(StudyDays.in(ZoneOffset.ofHours(3)).dayOf(Instant.parse("2024-03-01T22:30:00Z")))
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void intervalsStopAtTheMaximum() {
        Fsrs capped = new Fsrs(new FsrsParameters(weights(), 0.9, 30), TestBanks.UTC_DAYS);
        assertThat(capped.interval(1000)).isEqualTo(30);
        assertThat(fsrs.interval(0.01)).isEqualTo(1);
    }

    @Test
    void higherDesiredRetentionGivesShorterIntervals() {
        Fsrs strict = new Fsrs(new FsrsParameters(weights(), 0.95, 36500), TestBanks.UTC_DAYS);
        assertThat(strict.interval(100)).isLessThan(fsrs.interval(100));
        assertThat(fsrs.interval(100)).isEqualTo(100);
    }

    private static double[] weights() {
        double[] w = new double[21];
        for (int i = 0; i < 21; i++) {
            w[i] = FsrsParameters.DEFAULT.w(i);
        }
        return w;
    }
}
