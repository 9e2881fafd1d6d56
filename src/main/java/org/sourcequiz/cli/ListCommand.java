package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the question sets with their counts by kind, tag and source.")
public final class ListCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    BankOptions bank;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ListCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        Bank loaded = BankOpening.valid(ctx, bank.paths);
        List<Map<String, Object>> sets = new ArrayList<>();
        for (QuestionSet s : loaded.sets()) {
            sets.add(summary(s.id(), s.title(), s.questions()));
        }
        Map<String, Object> total = summary("", "all sets", loaded.questions());
        if (format == OutputFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sets", sets);
            m.put("total", total);
            ctx.out().println(Json.write(m));
            return ExitCodes.OK;
        }
        for (Map<String, Object> s : sets) {
            print(s);
        }
        print(total);
        return ExitCodes.OK;
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

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> s) {
        ctx.out().printf("%s  %s  (%d questions)%n", s.getOrDefault("id", "TOTAL"), s.get("title"), (Integer) s.get("questions"));
        for (String key : List.of("kinds", "sources", "tags")) {
            Map<String, Long> counts = (Map<String, Long>) s.get(key);
            ctx.out().printf("  %-8s %s%n", key + ":", counts.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        ctx.out().println();
    }
}
