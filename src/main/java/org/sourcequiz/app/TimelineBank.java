package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.explore.Timeline;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Source;
import org.sourcequiz.text.TerminalSafety;

/** The timeline of a bank, as the timeline command and the timeline screen share it: filtered, in JSON, in lines. */
public final class TimelineBank {
    private TimelineBank() {}

    /**
     * The events of {@code bank} that the filters keep.
     *
     * @param sources source ids, all when empty
     * @param from    YYYY or YYYY-MM, or null
     * @param to      YYYY or YYYY-MM, or null
     * @throws UsageException for a source the bank does not have or a bound that is no month or year
     */
    public static List<TimelineEvent> events(Bank bank, List<String> sources, String from, String to) {
        List<String> ids = bank.sources().stream().map(Source::id).toList();
        for (String s : sources) {
            if (!ids.contains(s)) {
                throw new UsageException("no source `" + s + "` in the bank" + DidYouMean.closest(s, ids).map(x -> "; did you mean "
                        + x + "?").orElse("; the sources are " + String.join(", ", ids)));
            }
        }
        Optional<Timeline.Bound> start = bound("--from", from);
        Optional<Timeline.Bound> end = bound("--to", to);
        if (start.isPresent() && end.isPresent() && end.get().last().isBefore(start.get().first())) {
            throw new UsageException("--to " + to + " is before --from " + from);
        }
        return Timeline.filter(Timeline.of(bank), sources, start, end);
    }

    private static Optional<Timeline.Bound> bound(String option, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Timeline.Bound.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** A letter for each source, in the bank's order (A, B, …), that the screens show as its marker. */
    public static Map<String, String> markers(Bank bank) {
        Map<String, String> m = new LinkedHashMap<>();
        List<Source> sources = bank.sources();
        for (int i = 0; i < sources.size(); i++) {
            m.put(sources.get(i).id(), i < 26 ? String.valueOf((char) ('A' + i)) : "S" + (i + 1));
        }
        return m;
    }

    /** The contract of README's "Timeline" section: the same keys on every event, in date order. */
    public static Map<String, Object> json(List<TimelineEvent> events) {
        List<Object> out = new ArrayList<>();
        for (TimelineEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", e.date().iso());
            m.put("end", e.date().endIso());
            m.put("precision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
            m.put("text", e.text());
            m.put("sources", e.sources());
            m.put("questions", e.questions());
            m.put("disagreement", e.disagreement().map(TimelineBank::json).orElse(null));
            out.add(m);
        }
        return Map.of("events", out);
    }

    private static Map<String, Object> json(TimelineEvent.Disagreement d) {
        List<Object> versions = new ArrayList<>();
        for (TimelineEvent.Version v : d.versions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", v.source());
            m.put("date", v.date().prefix());
            m.put("passage", v.passage());
            m.put("questions", v.questions());
            versions.add(m);
        }
        return Map.of("versions", versions);
    }

    /**
     * One line an event, for scripts and screen readers: the date as an ISO prefix, the source ids
     * in brackets, the text, and where the sources disagree each one's date.
     */
    public static List<String> plain(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return List.of("No dated events: the filters leave none, or no question has a date or an event line.");
        }
        List<String> lines = new ArrayList<>();
        for (TimelineEvent e : events) {
            StringBuilder b = new StringBuilder(e.date().prefix()).append("  [").append(String.join(", ", e.sources()))
                    .append("]  ").append(e.text());
            e.disagreement().ifPresent(d -> b.append("  (sources disagree: ").append(versions(d)).append(')'));
            lines.add(TerminalSafety.oneLine(b.toString()));
        }
        return lines;
    }

    /**
     * {@code krums-swan-song 2021-10, integration-or-imitation 2021-09-10}; when the sources' dates agree
     * (one may only be coarser) they differ in what they say, so the dates are left out and the sources named.
     */
    public static String versions(TimelineEvent.Disagreement d) {
        boolean sameDate = d.versions().stream().allMatch(a -> d.versions().stream().allMatch(b -> a.date().agrees(b.date())));
        List<String> parts = new ArrayList<>();
        for (TimelineEvent.Version v : d.versions()) {
            parts.add(sameDate ? v.source() : v.source() + " " + v.date().prefix());
        }
        return (sameDate ? "in what they say, " : "") + String.join(", ", parts);
    }

    /** The first and last year of the events' dates, e.g. for a heading; empty without events. */
    public static Optional<String> span(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        int first = events.stream().mapToInt(e -> e.date().first().getYear()).min().orElseThrow();
        int last = events.stream().mapToInt(e -> e.date().last().getYear()).max().orElseThrow();
        return Optional.of(first == last ? "" + first : first + "–" + last);
    }
}
