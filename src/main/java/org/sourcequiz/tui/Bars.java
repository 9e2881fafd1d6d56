package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcequiz.engine.Tally;

/** A bar chart of percentages, drawn with full and light blocks so it reads without colour. */
final class Bars {
    private Bars() {}

    static List<Line> chart(Map<String, Tally> tallies, int width) {
        int label = Math.min(24, tallies.keySet().stream().mapToInt(Wrap::width).max().orElse(0));
        String tail = " 100%  (99 of 99)";
        int bar = Math.max(10, width - label - Wrap.width(tail) - 4);
        List<Line> out = new ArrayList<>();
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            double pct = t.percentage();
            int full = (int) Math.round(pct / 100 * bar);
            String name = Wrap.fit(e.getKey(), label);
            out.add(Line.of(Span.plain(" " + name + " ".repeat(Math.max(0, label - Wrap.width(name))) + " "),
                    Span.of("█".repeat(full), Style.BAR), Span.of("░".repeat(bar - full), Style.DIM),
                    Span.plain(String.format(" %4s  (%s of %s)", Format.percent(pct), Format.number(t.points()),
                            Format.number(t.maxPoints())))));
        }
        return out;
    }
}
