package org.sourcequiz.study;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.study.StatsReport.DueDay;
import org.sourcequiz.study.StatsReport.Granularity;
import org.sourcequiz.study.StatsReport.Group;
import org.sourcequiz.study.StatsReport.Overview;
import org.sourcequiz.study.StatsReport.PeriodRow;
import org.sourcequiz.study.StatsReport.SetRow;
import org.sourcequiz.study.StatsReport.Streaks;

/**
 * Computes a {@link StatsReport} from the bank, the per-question progress and the per-day counts
 * history keeps. Pure: the time is passed in. Breakdowns by set, tag, source and kind cover the
 * questions in the bank; answers to removed questions still count in the totals, over time and in
 * streaks, since they were real study.
 */
public final class Stats {
    /** A question counts as mastered once it would be next asked three weeks out (Anki's "mature"). */
    public static final double MASTERED_STABILITY_DAYS = 21;
    public static final int FORECAST_DAYS = 14;
    public static final int DAYS_SHOWN = 30;
    public static final int WEEKS_SHOWN = 12;
    public static final int WEAKEST_SHOWN = 5;
    /** Fewer answers than this say more about luck than about a topic. */
    public static final int WEAKEST_MIN_ANSWERS = 5;

    private Stats() {}

    public static StatsReport compute(Bank bank, Map<String, QuestionProgress> progress, List<DayTally> days,
                                      Fsrs fsrs, Instant now, Granularity granularity) {
        LocalDate today = fsrs.days().dayOf(now);
        Map<String, Card> cards = new LinkedHashMap<>();
        for (Question q : bank.questions()) {
            QuestionProgress p = progress.get(q.id());
            cards.put(q.id(), p == null ? Card.NEW : p.cardFor(ContentHash.of(q)));
        }
        Map<String, QuestionSet> setOf = bank.setsByQuestionId();
        Acc all = new Acc();
        List<SetRow> sets = new ArrayList<>();
        for (QuestionSet s : bank.sets()) {
            Acc acc = new Acc();
            s.questions().forEach(q -> acc.add(q, progress.get(q.id()), cards.get(q.id())));
            s.questions().forEach(q -> all.add(q, progress.get(q.id()), cards.get(q.id())));
            sets.add(new SetRow(s.id(), s.title(), acc.questions, acc.seen, acc.mastered, acc.answers));
        }
        Tally everything = days.stream().map(DayTally::tally).reduce(Tally.ZERO, Tally::plus);
        int dueToday = (int) cards.values().stream().filter(c -> c.isDueBy(today)).count();
        Tally answeredToday = days.stream().filter(d -> d.day().equals(today)).map(DayTally::tally)
                .reduce(Tally.ZERO, Tally::plus);
        Overview overview = new Overview(all.questions, all.seen, all.mastered, dueToday, everything, answeredToday);

        List<Group> byTag = groups(bank, progress, cards, q -> topics(q, setOf.get(q.id())), Function.identity());
        Map<String, String> sourceTitles = new LinkedHashMap<>();
        for (Source src : bank.sources()) {
            sourceTitles.put(src.id(), src.title());
        }
        List<Group> bySource = groups(bank, progress, cards, q -> List.of(q.sourceId()),
                id -> sourceTitles.getOrDefault(id, id));
        List<Group> byKind = groups(bank, progress, cards, q -> List.of(q.kind().fileName()), Function.identity());

        List<Group> weakest = byTag.stream()
                .filter(g -> g.answers().answered() >= WEAKEST_MIN_ANSWERS)
                .sorted(Comparator.comparing((Group g) -> g.answers().accuracy())
                        .thenComparing(g -> -g.answers().answered())
                        .thenComparing(Group::key))
                .limit(WEAKEST_SHOWN)
                .toList();

        return new StatsReport(today, overview, sets, byTag, bySource, byKind, granularity,
                overTime(days, today, granularity), streaks(days, today), forecast(cards.values(), today), weakest);
    }

    /** A question's topics: its own tags and its set's. */
    static List<String> topics(Question q, QuestionSet set) {
        Set<String> t = new LinkedHashSet<>(q.tags());
        if (set != null) {
            t.addAll(set.tags());
        }
        return List.copyOf(t);
    }

    private static List<Group> groups(Bank bank, Map<String, QuestionProgress> progress, Map<String, Card> cards,
                                      Function<Question, List<String>> keys, Function<String, String> label) {
        Map<String, Acc> by = new TreeMap<>();
        for (Question q : bank.questions()) {
            for (String k : keys.apply(q)) {
                by.computeIfAbsent(k, x -> new Acc()).add(q, progress.get(q.id()), cards.get(q.id()));
            }
        }
        List<Group> out = new ArrayList<>();
        by.forEach((k, a) -> out.add(new Group(k, label.apply(k), a.questions, a.seen, a.answers)));
        return out;
    }

    static List<PeriodRow> overTime(List<DayTally> days, LocalDate today, Granularity granularity) {
        TreeMap<LocalDate, Tally> byDay = new TreeMap<>();
        days.forEach(d -> byDay.merge(d.day(), d.tally(), Tally::plus));
        List<PeriodRow> rows = new ArrayList<>();
        if (granularity == Granularity.DAY) {
            for (int i = DAYS_SHOWN - 1; i >= 0; i--) {
                LocalDate d = today.minusDays(i);
                rows.add(new PeriodRow(d, d, byDay.getOrDefault(d, Tally.ZERO)));
            }
            return rows;
        }
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = WEEKS_SHOWN - 1; i >= 0; i--) {
            LocalDate start = thisWeek.minusWeeks(i);
            LocalDate end = start.plusDays(6);
            Tally t = byDay.subMap(start, true, end, true).values().stream().reduce(Tally.ZERO, Tally::plus);
            rows.add(new PeriodRow(start, end, t));
        }
        return rows;
    }

    static Streaks streaks(List<DayTally> days, LocalDate today) {
        TreeSet<LocalDate> studied = new TreeSet<>();
        days.stream().filter(d -> d.tally().answered() > 0 && !d.day().isAfter(today)).forEach(d -> studied.add(d.day()));
        int best = 0;
        int run = 0;
        LocalDate prev = null;
        for (LocalDate d : studied) {
            run = prev != null && ChronoUnit.DAYS.between(prev, d) == 1 ? run + 1 : 1;
            best = Math.max(best, run);
            prev = d;
        }
        boolean studiedToday = studied.contains(today);
        LocalDate cursor = studiedToday ? today : today.minusDays(1);
        int current = 0;
        while (studied.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, best, studiedToday);
    }

    static List<DueDay> forecast(Iterable<Card> cards, LocalDate today) {
        int[] counts = new int[FORECAST_DAYS];
        for (Card c : cards) {
            if (c.isNew()) {
                continue;
            }
            long in = Math.max(0, ChronoUnit.DAYS.between(today, c.due()));
            if (in < FORECAST_DAYS) {
                counts[(int) in]++;
            }
        }
        List<DueDay> out = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            out.add(new DueDay(today.plusDays(i), counts[i]));
        }
        return out;
    }

    /** Sums over a group of questions. */
    private static final class Acc {
        int questions;
        int seen;
        int mastered;
        Tally answers = Tally.ZERO;

        void add(Question q, QuestionProgress p, Card current) {
            questions++;
            if (p != null) {
                seen++;
                answers = answers.plus(p.tally());
            }
            if (!current.isNew() && current.stability() >= MASTERED_STABILITY_DAYS) {
                mastered++;
            }
        }
    }
}
