package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The timeline: a rule for each year and month, one row per event with its date, the markers of
 * the sources that state it (the legend is under the title) and ≠ where they disagree.
 */
final class TimelineScreen implements Screen<TimelineView> {
    static final String DISAGREE = "≠";
    /** The date column is as wide as the longest date shown, within these bounds. */
    private static final int WHEN_MIN = 8;
    private static final int WHEN_MAX = 19;

    @Override
    public Page page(TimelineView v, int width) {
        List<TimelineData.Event> events = v.data().events();
        List<Line> header = new ArrayList<>(Headers.title("sourcequiz · Timeline",
                events.size() + (events.size() == 1 ? " event" : " events") + " · ? help"));
        header.addAll(legend(v.data(), width));
        List<TimelineRows.Row> rows = TimelineRows.of(events);
        int when = Math.min(WHEN_MAX, Math.max(WHEN_MIN, 2 + events.stream().mapToInt(e -> Wrap.width(e.when())).max().orElse(0)));
        int marks = Math.max(1, events.stream().mapToInt(e -> Wrap.width(String.join(" ", e.marks()))).max().orElse(1));
        List<Line> body = new ArrayList<>();
        for (TimelineRows.Row r : rows) {
            if (!r.isEvent()) {
                body.add(rule(r, width));
                continue;
            }
            TimelineData.Event e = events.get(r.event());
            boolean here = r.event() == v.cursor();
            String lead = (here ? "  ▸ " : "    ") + pad(e.when(), when) + pad(String.join(" ", e.marks()), marks + 2);
            String mark = e.disagree() ? DISAGREE + " " : "  ";
            int room = Math.max(1, width - Wrap.width(lead) - Wrap.width(mark) - 1);
            Line line = Line.of(Span.of(lead, here ? Style.BOLD : Style.PLAIN), Span.of(mark, Style.PROBLEM),
                    Span.plain(Wrap.fit(e.text(), room)));
            body.add(here ? line.filled(Style.SELECTED) : line);
        }
        if (events.isEmpty()) {
            body.add(Line.EMPTY);
            body.add(Line.of(Span.of("  No dated events: the filters leave none, or no question has a date or an event line.", Style.DIM)));
        }
        int focus = events.isEmpty() ? -1 : TimelineRows.rowOf(rows, v.cursor());
        Line status = v.message().isEmpty() ? Keys.status(where(v), false) : Keys.status(v.message(), true);
        Line footer = Keys.footer(width, "↑↓", "move", "Enter", "passages", "z", "quiz on these",
                "q", v.standalone() ? "leave" : "back", "?", "help");
        return new Page(header, body, focus, v.scroll(), Optional.empty(), status, footer);
    }

    /** The legend: each marker with its source, and what ≠ means, under the title; an entry is never split over two rows. */
    private static List<Line> legend(TimelineData d, int width) {
        List<List<Span>> entries = new ArrayList<>();
        for (TimelineData.Marker m : d.legend()) {
            entries.add(List.of(Span.of(m.mark(), Style.BOLD), Span.plain(" " + m.sourceId())));
        }
        entries.add(List.of(Span.of(DISAGREE, Style.PROBLEM), Span.plain(" the sources disagree")));
        List<Line> lines = new ArrayList<>();
        List<Span> row = new ArrayList<>(List.of(Span.of(" Sources:", Style.BOLD)));
        int used = Wrap.width(" Sources:");
        for (List<Span> e : entries) {
            int w = 3 + e.stream().mapToInt(Span::width).sum();
            if (used + w > width - 1 && row.size() > 1) {
                lines.add(Line.of(row));
                row = new ArrayList<>(List.of(Span.plain("         ")));
                used = 9;
            }
            row.add(Span.plain("   "));
            row.addAll(e);
            used += w;
        }
        lines.add(Line.of(row));
        return lines;
    }

    private static Line rule(TimelineRows.Row r, int width) {
        if (r.month() == 0) {
            String head = " ━━ " + r.year() + " ";
            return Line.of(Span.of(head + "━".repeat(Math.max(0, width - Wrap.width(head) - 1)), Style.BOLD));
        }
        String name = Month.of(r.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Line.of(Span.of("    ── " + name + " " + r.year() + " ──", Style.DIM));
    }

    private static String where(TimelineView v) {
        int n = v.data().events().size();
        if (n == 0) {
            return "";
        }
        TimelineData.Event e = v.data().events().get(v.cursor());
        return "Event " + (v.cursor() + 1) + " of " + n + " · " + e.when() + " · " + e.questions().size()
                + (e.questions().size() == 1 ? " question" : " questions") + (e.disagree() ? " · " + DISAGREE + " the sources disagree" : "");
    }

    private static String pad(String s, int width) {
        String cut = Wrap.width(s) >= width ? Wrap.fit(s, width - 1) : s;
        return cut + " ".repeat(Math.max(1, width - Wrap.width(cut)));
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, TimelineView v) {
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape)) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, 'z')) {
            return Optional.of(new Intent.QuizOnScreen());
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case Enter -> Optional.of(new Intent.Submit());
            default -> Keys.scroll(k);
        };
    }

    @Override
    public List<String> help(TimelineView v) {
        List<String> lines = new ArrayList<>();
        lines.add("The bank's dated events in date order, under a rule for each year and month. Each row gives the date, "
                + "the markers of the sources that state the event, and " + DISAGREE + " where the sources disagree.");
        StringBuilder legend = new StringBuilder("Sources:");
        v.data().legend().forEach(m -> legend.append(' ').append(m.mark()).append(' ').append(m.sourceId()).append(';'));
        lines.add(legend.toString());
        lines.add("↑↓ move by an event; PgUp PgDn by a screen; Home End to the first and last.");
        lines.add("Enter shows the event's passages with their citations (Esc comes back).");
        lines.add("z starts a practice quiz on the questions of the events on screen.");
        lines.add(v.standalone() ? "q or Esc leaves." : "q or Esc goes back to Home.");
        return lines;
    }
}
