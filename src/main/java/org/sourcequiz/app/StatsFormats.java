package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcequiz.study.StatsReport;
import org.sourcequiz.study.StatsReport.Group;
import org.sourcequiz.study.Tally;

/**
 * A {@link StatsReport} as plain maps for JSON, and as long-format rows for CSV
 * ({@code section,key,measure,value}: one number a row, easy to filter or pivot in a spreadsheet).
 */
public final class StatsFormats {
    private StatsFormats() {}

    public static Map<String, Object> json(StatsReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", r.today().toString());
        StatsReport.Overview o = r.overview();
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("questions", o.questions());
        overview.put("seen", o.seen());
        overview.put("mastered", o.mastered());
        overview.put("due_today", o.dueToday());
        overview.put("answers", tally(o.answers()));
        overview.put("answers_today", tally(o.today()));
        m.put("overview", overview);
        m.put("streak", Map.of("current", r.streaks().current(), "best", r.streaks().best(),
                "studied_today", r.streaks().studiedToday()));
        m.put("sets", r.sets().stream().map(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", s.id());
            x.put("title", s.title());
            x.put("questions", s.questions());
            x.put("seen", s.seen());
            x.put("mastered", s.mastered());
            x.put("answers", tally(s.answers()));
            return x;
        }).toList());
        m.put("by_tag", groups(r.byTag()));
        m.put("by_source", groups(r.bySource()));
        m.put("by_kind", groups(r.byKind()));
        m.put("over_time", Map.of("period", r.granularity().name().toLowerCase(Locale.ROOT),
                "rows", r.overTime().stream().map(p -> {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("start", p.start().toString());
                    x.put("end", p.end().toString());
                    x.put("answers", tally(p.answers()));
                    return x;
                }).toList()));
        m.put("due_forecast", r.forecast().stream().map(d -> Map.of("day", d.day().toString(), "due", d.count())).toList());
        m.put("weakest_topics", groups(r.weakest()));
        return m;
    }

    private static List<Map<String, Object>> groups(List<Group> groups) {
        return groups.stream().map(g -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", g.key());
            x.put("label", g.label());
            x.put("questions", g.questions());
            x.put("seen", g.seen());
            x.put("answers", tally(g.answers()));
            return x;
        }).toList();
    }

    private static Map<String, Object> tally(Tally t) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("answered", t.answered());
        x.put("right", t.right());
        x.put("partial", t.partial());
        x.put("wrong", t.wrong());
        x.put("skipped", t.skipped());
        x.put("accuracy", t.accuracy());
        return x;
    }

    /** section, key, measure, value. */
    public static List<List<Object>> csvRows(StatsReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("section", "key", "measure", "value"));
        StatsReport.Overview o = r.overview();
        rows.add(List.of("overview", "", "questions", o.questions()));
        rows.add(List.of("overview", "", "seen", o.seen()));
        rows.add(List.of("overview", "", "mastered", o.mastered()));
        rows.add(List.of("overview", "", "due_today", o.dueToday()));
        tallyRows(rows, "overview", "", o.answers());
        rows.add(List.of("streak", "", "current", r.streaks().current()));
        rows.add(List.of("streak", "", "best", r.streaks().best()));
        for (StatsReport.SetRow s : r.sets()) {
            rows.add(List.of("set", s.id(), "questions", s.questions()));
            rows.add(List.of("set", s.id(), "seen", s.seen()));
            rows.add(List.of("set", s.id(), "mastered", s.mastered()));
            tallyRows(rows, "set", s.id(), s.answers());
        }
        groupRows(rows, "tag", r.byTag());
        groupRows(rows, "source", r.bySource());
        groupRows(rows, "kind", r.byKind());
        String period = r.granularity().name().toLowerCase(Locale.ROOT);
        for (StatsReport.PeriodRow p : r.overTime()) {
            tallyRows(rows, period, p.start().toString(), p.answers());
        }
        for (StatsReport.DueDay d : r.forecast()) {
            rows.add(List.of("due", d.day().toString(), "due", d.count()));
        }
        int rank = 1;
        for (Group g : r.weakest()) {
            rows.add(List.of("weakest", g.key(), "rank", rank++));
            rows.add(List.of("weakest", g.key(), "accuracy", g.answers().accuracy()));
        }
        return rows;
    }

    private static void groupRows(List<List<Object>> rows, String section, List<Group> groups) {
        for (Group g : groups) {
            rows.add(List.of(section, g.key(), "questions", g.questions()));
            rows.add(List.of(section, g.key(), "seen", g.seen()));
            tallyRows(rows, section, g.key(), g.answers());
        }
    }

    private static void tallyRows(List<List<Object>> rows, String section, String key, Tally t) {
        rows.add(List.of(section, key, "answered", t.answered()));
        rows.add(List.of(section, key, "right", t.right()));
        rows.add(List.of(section, key, "partial", t.partial()));
        rows.add(List.of(section, key, "wrong", t.wrong()));
        rows.add(List.of(section, key, "skipped", t.skipped()));
        Double a = t.accuracy();
        rows.add(Arrays.asList(section, key, "accuracy", a == null ? "" : a));
    }
}
