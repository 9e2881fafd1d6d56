package org.sourcequiz.app;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcequiz.engine.Citation;
import org.sourcequiz.engine.DateAnswer;
import org.sourcequiz.explore.EventDate;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;

/** The timeline's words for a screen: short dates under the rules, long ones, and each event's page of passages. */
public final class TimelineText {
    private TimelineText() {}

    /** The page Enter opens: the event whole, each source's version where they disagree, and every passage cited. */
    public static List<String> detail(Bank bank, TimelineEvent e, Map<String, String> marks) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + e.text());
        lines.add("Date: " + longDate(e.date()) + " (" + e.date().prefix() + ")");
        lines.add("Sources: " + String.join(", ", e.sources().stream().map(s -> marks.getOrDefault(s, "?") + " " + s).toList()));
        lines.add("Questions: " + String.join(", ", e.questions()));
        e.disagreement().ifPresent(d -> {
            lines.add("");
            lines.add("# ≠ The sources disagree");
            // Each source's own words: where the dates agree, what differs is in them.
            d.versions().forEach(v -> {
                lines.add(marks.getOrDefault(v.source(), "?") + " " + v.source() + ", " + longDate(v.date())
                        + ": “" + v.passage().strip() + "”");
                lines.add("    " + String.join(", ", v.questions()));
            });
        });
        lines.add("");
        lines.add("# Passages");
        for (TimelineEvent.Cited c : e.passages()) {
            lines.add("[" + marks.getOrDefault(c.source(), "?") + "] “" + c.passage().strip() + "”");
            String cite = bank.source(c.source()).map(Citation::of).orElse(c.source());
            lines.add("    — " + cite + " · " + String.join(", ", c.questions()));
            lines.add("");
        }
        return lines;
    }

    /** As a row under its year's and month's rules: 10–16 Sep, 28 Sep–3 Oct, Sep–Oct, 2020–2022; the year when a range crosses one. */
    public static String shortDate(EventDate d) {
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
    public static String longDate(EventDate d) {
        String from = DateAnswer.format(d.start(), d.precision());
        return d.isRange() ? from + " – " + DateAnswer.format(d.end(), d.precision()) : from;
    }

    public static String title(TimelineEvent e) {
        return "Timeline · " + longDate(e.date());
    }

    private static String mon(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
