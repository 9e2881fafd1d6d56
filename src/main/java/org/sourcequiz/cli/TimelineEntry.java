package org.sourcequiz.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.engine.Citation;
import org.sourcequiz.engine.DateAnswer;
import org.sourcequiz.explore.EventDate;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.TextPage;
import org.sourcequiz.tui.TimelineData;

/** Home's Timeline row, and the timeline as the screen shows it: markers, short dates, each event's page of passages. */
final class TimelineEntry {
    private TimelineEntry() {}

    /** Home's rows with Timeline added after them; the timeline is worked out when the screen first opens. */
    static List<HomeEntry> with(List<HomeEntry> entries, Supplier<Bank> bank) {
        TimelineData[] built = new TimelineData[1];
        List<HomeEntry> all = new ArrayList<>(entries);
        all.add(new HomeEntry("Timeline", "the dated events of all five articles, where the sources disagree",
                new Intent.OpenTimeline(() -> {
                    if (built[0] == null) {
                        Bank b = bank.get();
                        built[0] = data(b, TimelineBank.events(b, List.of(), null, null));
                    }
                    return built[0];
                })));
        return all;
    }

    static TimelineData data(Bank bank, List<TimelineEvent> events) {
        Map<String, String> marks = TimelineBank.markers(bank);
        List<TimelineData.Marker> legend = new ArrayList<>();
        marks.forEach((id, m) -> legend.add(new TimelineData.Marker(m, id)));
        List<TimelineData.Event> rows = new ArrayList<>();
        for (TimelineEvent e : events) {
            LocalDate start = e.date().start();
            int month = e.date().precision() == DatePrecision.YEAR ? 0 : start.getMonthValue();
            rows.add(new TimelineData.Event(start.getYear(), month, shortDate(e.date()),
                    e.sources().stream().map(s -> marks.getOrDefault(s, "?")).toList(), e.text(),
                    e.disagreement().isPresent(), e.questions(), detail(bank, e, marks)));
        }
        return new TimelineData(legend, rows);
    }

    /** The page Enter opens: the event whole, each source's version where they disagree, and every passage cited. */
    private static TextPage detail(Bank bank, TimelineEvent e, Map<String, String> marks) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + e.text());
        lines.add("Date: " + longDate(e.date()) + " (" + e.date().prefix() + ")");
        lines.add("Sources: " + String.join(", ", e.sources().stream().map(s -> marks.getOrDefault(s, "?") + " " + s).toList()));
        lines.add("Questions: " + String.join(", ", e.questions()));
        e.disagreement().ifPresent(d -> {
            lines.add("");
            lines.add("# ≠ The sources disagree");
            d.versions().forEach(v -> lines.add(marks.getOrDefault(v.source(), "?") + " " + v.source() + " dates it "
                    + longDate(v.date()) + " (" + String.join(", ", v.questions()) + ")"));
        });
        lines.add("");
        lines.add("# Passages");
        for (TimelineEvent.Cited c : e.passages()) {
            lines.add("[" + marks.getOrDefault(c.source(), "?") + "] “" + c.passage().strip() + "”");
            String cite = bank.source(c.source()).map(Citation::of).orElse(c.source());
            lines.add("    — " + cite + " · " + String.join(", ", c.questions()));
            lines.add("");
        }
        return new TextPage("Timeline · " + longDate(e.date()), lines);
    }

    /** As a row under its year's and month's rules: 10–16 Sep, 28 Sep–3 Oct, Sep–Oct, 2020–2022; the year when a range crosses one. */
    static String shortDate(EventDate d) {
        LocalDate a = d.start();
        LocalDate b = d.isRange() ? d.end() : null;
        return switch (d.precision()) {
            case YEAR -> b == null ? "" + a.getYear() : a.getYear() + "–" + b.getYear();
            case MONTH -> b == null ? mon(a) : b.getYear() != a.getYear() ? mon(a) + " " + a.getYear() + "–" + mon(b) + " " + b.getYear()
                    : mon(a) + "–" + mon(b);
            case DAY -> b == null ? a.getDayOfMonth() + " " + mon(a)
                    : b.getYear() != a.getYear() ? a.getDayOfMonth() + " " + mon(a) + "–" + b.getDayOfMonth() + " " + mon(b) + " " + b.getYear()
                    : b.getMonth() != a.getMonth() ? a.getDayOfMonth() + " " + mon(a) + "–" + b.getDayOfMonth() + " " + mon(b)
                    : a.getDayOfMonth() + "–" + b.getDayOfMonth() + " " + mon(a);
        };
    }

    /** 10 September 2021, or 10 September 2021 – 16 September 2021 for a range. */
    static String longDate(EventDate d) {
        String from = DateAnswer.format(d.start(), d.precision());
        return d.isRange() ? from + " – " + DateAnswer.format(d.end(), d.precision()) : from;
    }

    private static String mon(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
