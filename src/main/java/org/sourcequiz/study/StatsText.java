package org.sourcequiz.study;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcequiz.study.Charts.Bar;
import org.sourcequiz.study.Charts.Glyphs;
import org.sourcequiz.study.StatsReport.DueDay;
import org.sourcequiz.study.StatsReport.Granularity;
import org.sourcequiz.study.StatsReport.Group;
import org.sourcequiz.study.StatsReport.PeriodRow;
import org.sourcequiz.study.StatsReport.SetRow;

/** A {@link StatsReport} as lines of text with bar charts; the plain output and the TUI screen share it. */
public final class StatsText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private StatsText() {}

    /** @param width the columns available; bars shrink to fit, down to a readable minimum */
    public static List<String> render(StatsReport r, Glyphs g, int width) {
        int barWidth = Math.max(10, Math.min(30, width - Charts.MAX_LABEL - 30));
        List<String> out = new ArrayList<>();
        StatsReport.Overview o = r.overview();
        out.add("Study statistics for " + r.today());
        out.add("");
        out.add(o.answers().answered() == 0 ? "Answers    none yet"
                : "Answers    " + count(o.answers().answered()) + " in all, " + percent(o.answers().accuracy()) + " right"
                        + todayCount(r));
        out.add("Questions  " + count(o.questions()) + " in the bank: " + count(o.seen()) + " seen, "
                + count(o.mastered()) + " mastered, " + count(o.dueToday()) + " due today");
        out.add("Streak     " + days(r.streaks().current()) + (r.streaks().studiedToday() || r.streaks().current() == 0
                ? "" : " (answer today to keep it)") + "; best " + days(r.streaks().best()));

        section(out, "Questions seen per set (mastered: next review three weeks or more away)");
        List<Bar> seen = new ArrayList<>();
        for (SetRow s : r.sets()) {
            seen.add(new Bar(s.id(), s.questions() == 0 ? 0 : (double) s.seen() / s.questions(),
                    s.seen() + "/" + s.questions() + " seen, " + s.mastered() + " mastered"));
        }
        out.addAll(Charts.bars(seen, 1, barWidth, g));

        section(out, "Accuracy by set");
        out.addAll(Charts.bars(r.sets().stream().map(s -> accuracyBar(s.id(), s.answers())).toList(), 1, barWidth, g));
        accuracySection(out, "Accuracy by tag", r.byTag(), barWidth, g);
        accuracySection(out, "Accuracy by source", r.bySource(), barWidth, g);
        accuracySection(out, "Accuracy by kind", r.byKind(), barWidth, g);

        section(out, r.granularity() == Granularity.DAY ? "Accuracy by day" : "Accuracy by week");
        List<Bar> time = new ArrayList<>();
        for (PeriodRow p : r.overTime()) {
            String label = r.granularity() == Granularity.DAY ? p.start().format(DAY) : "week of " + p.start().format(DAY);
            time.add(accuracyBar(label, p.answers()));
        }
        out.addAll(Charts.bars(time, 1, barWidth, g));

        section(out, "Reviews due in the next " + r.forecast().size() + " days");
        int most = r.forecast().stream().mapToInt(DueDay::count).max().orElse(0);
        List<Bar> due = new ArrayList<>();
        for (DueDay d : r.forecast()) {
            due.add(new Bar(dayLabel(d.day(), r.today()), d.count(), count(d.count())));
        }
        out.addAll(Charts.bars(due, Math.max(most, 1), barWidth, g));

        section(out, "Weakest topics");
        if (r.weakest().isEmpty()) {
            out.add("Not enough answers yet (a topic needs " + Stats.WEAKEST_MIN_ANSWERS + ").");
        }
        int i = 1;
        for (Group w : r.weakest()) {
            out.add(i++ + ". " + w.label() + ": " + percent(w.answers().accuracy()) + " right over "
                    + count(w.answers().answered()) + " answers");
        }
        return out;
    }

    private static void accuracySection(List<String> out, String title, List<Group> groups, int barWidth, Glyphs g) {
        section(out, title);
        out.addAll(Charts.bars(groups.stream().map(x -> accuracyBar(x.label(), x.answers())).toList(), 1, barWidth, g));
    }

    private static Bar accuracyBar(String label, Tally t) {
        Double a = t.accuracy();
        return new Bar(label, a == null ? 0 : a,
                a == null ? "no answers" : percent(a) + " of " + count(t.answered()));
    }

    private static void section(List<String> out, String title) {
        out.add("");
        out.add(title);
    }

    private static String todayCount(StatsReport r) {
        long today = r.overview().today().answered();
        return today > 0 ? "; " + count(today) + " today" : "";
    }

    private static String dayLabel(LocalDate d, LocalDate today) {
        if (d.equals(today)) {
            return "today";
        }
        if (d.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return d.format(DAY);
    }

    static String percent(Double share) {
        return share == null ? "n/a" : Math.round(share * 100) + "%";
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }
}
