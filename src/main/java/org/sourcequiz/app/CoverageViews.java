package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.authoring.Coverage;
import org.sourcequiz.authoring.Fact;
import org.sourcequiz.text.TerminalSafety;

/** The coverage report for people (a bar per source, then the facts no passage covers) and as JSON. */
public final class CoverageViews {
    private static final int BAR = 30;
    private static final int SHOWN = 70;

    private CoverageViews() {}

    public static List<String> lines(List<Coverage.Report> reports) {
        List<String> lines = new ArrayList<>();
        int width = reports.stream().mapToInt(r -> r.sourceId().length()).max().orElse(0);
        for (Coverage.Report r : reports) {
            int filled = r.facts() == 0 ? BAR : Math.round((float) BAR * r.covered() / r.facts());
            lines.add(String.format("%-" + width + "s %s%s %d/%d facts covered", r.sourceId(), "█".repeat(filled),
                    "░".repeat(BAR - filled), r.covered(), r.facts()));
        }
        for (Coverage.Report r : reports) {
            if (r.uncovered().isEmpty()) {
                continue;
            }
            lines.add("");
            lines.add(r.sourceId() + ": " + r.uncovered().size() + " not covered");
            for (Fact f : r.uncovered()) {
                // The article's text, one line each, with no terminal controls.
                String text = TerminalSafety.sanitize(f.at().text()).replaceAll("\\s+", " ");
                lines.add(String.format("  line %4d  %-6s  %s", f.at().line(), f.kind().label(),
                        text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "…" : text));
            }
        }
        return lines;
    }

    /** {@code {"sources":[{"id":…,"facts":N,"covered":N,"uncovered":[{"line":L,"kind":…,"text":…}]}]}}. */
    public static Map<String, Object> json(List<Coverage.Report> reports) {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Coverage.Report r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.sourceId());
            m.put("facts", r.facts());
            m.put("covered", r.covered());
            List<Map<String, Object>> uncovered = new ArrayList<>();
            for (Fact f : r.uncovered()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("line", f.at().line());
                u.put("kind", f.kind().label());
                u.put("text", f.at().text());
                uncovered.add(u);
            }
            m.put("uncovered", uncovered);
            sources.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", sources);
        return out;
    }
}
