package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/** What `list` shows: each set and the whole bank with their counts by kind, source and tag. */
public final class BankSummary {
    private BankSummary() {}

    /** {"sets": [...], "total": {...}}; each with title, questions, and kinds, sources and tags by count. */
    public static Map<String, Object> json(Bank bank) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (QuestionSet s : bank.sets()) {
            sets.add(summary(s.id(), s.title(), s.questions()));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sets", sets);
        m.put("total", summary("", "all sets", bank.questions()));
        return m;
    }

    /** The same as text: a heading line per set and per total, its counts below, a blank line after each. */
    @SuppressWarnings("unchecked")
    public static List<String> lines(Bank bank) {
        Map<String, Object> m = json(bank);
        List<Map<String, Object>> all = new ArrayList<>((List<Map<String, Object>>) m.get("sets"));
        all.add((Map<String, Object>) m.get("total"));
        List<String> out = new ArrayList<>();
        for (Map<String, Object> s : all) {
            out.add(String.format("%s  %s  (%d questions)", s.getOrDefault("id", "TOTAL"), s.get("title"), (Integer) s.get("questions")));
            for (String key : List.of("kinds", "sources", "tags")) {
                Map<String, Long> counts = (Map<String, Long>) s.get(key);
                out.add(String.format(Locale.ROOT, "  %-8s %s", key + ":", counts.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
            }
            out.add("");
        }
        return out;
    }

    private static Map<String, Object> summary(String id, String title, List<Question> qs) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!id.isEmpty()) {
            m.put("id", id);
        }
        m.put("title", title);
        m.put("questions", qs.size());
        m.put("kinds", count(qs, q -> List.of(q.kind().fileName())));
        m.put("sources", count(qs, q -> List.of(q.sourceId())));
        m.put("tags", count(qs, Question::tags));
        return m;
    }

    private static Map<String, Long> count(List<Question> qs, Function<Question, List<String>> keys) {
        return qs.stream().flatMap(q -> keys.apply(q).stream())
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }
}
