package org.sourcequiz.study;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the stats command and screen show, computed by {@link Stats}. Accuracy is derived
 * from each {@link Tally}: right answers over answers, a partial one counting half.
 *
 * @param overTime  the last periods of {@code granularity}, oldest first, the current one last
 * @param forecast  reviews due on each of the next 14 days; today's count includes overdue ones
 * @param weakest   up to five topics (tags) with the lowest accuracy, among those with enough answers
 */
public record StatsReport(LocalDate today, Overview overview, List<SetRow> sets, List<Group> byTag,
                          List<Group> bySource, List<Group> byKind, Granularity granularity,
                          List<PeriodRow> overTime, Streaks streaks, List<DueDay> forecast, List<Group> weakest) {

    public StatsReport {
        sets = List.copyOf(sets);
        byTag = List.copyOf(byTag);
        bySource = List.copyOf(bySource);
        byKind = List.copyOf(byKind);
        overTime = List.copyOf(overTime);
        forecast = List.copyOf(forecast);
        weakest = List.copyOf(weakest);
    }

    /** Periods of the accuracy-over-time chart. */
    public enum Granularity { DAY, WEEK }

    /**
     * @param answers every answer in history, including those to questions no longer in the bank
     * @param today   the answers of the current study day
     */
    public record Overview(int questions, int seen, int mastered, int dueToday, Tally answers, Tally today) {}

    public record SetRow(String id, String title, int questions, int seen, int mastered, Tally answers) {}

    /** Answers grouped by a tag, a source or a kind; {@code label} is what to show for {@code key}. */
    public record Group(String key, String label, int questions, int seen, Tally answers) {}

    /** A day ({@code start == end}) or an ISO week, Monday to Sunday. */
    public record PeriodRow(LocalDate start, LocalDate end, Tally answers) {}

    /** Runs of consecutive study days with at least one answer; the current one may end yesterday. */
    public record Streaks(int current, int best, boolean studiedToday) {}

    public record DueDay(LocalDate day, int count) {}
}
