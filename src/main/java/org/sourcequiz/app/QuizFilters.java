package org.sourcequiz.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.Selection;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;

/**
 * The questions a quiz asks for: sets, tags, sources and kinds by name (kinds in any case), and how many (0: all).
 * Every name must exist in the bank; a typo is a usage error that names the valid ones.
 */
public record QuizFilters(List<String> sets, List<String> tags, List<String> sources, List<String> kinds, int count) {
    public QuizFilters {
        sets = List.copyOf(sets);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        kinds = kinds.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }

    /** The quiz these filters choose with this seed; none matching is the user's problem (exit 1). */
    public QuizPlan plan(Bank b, long seed) {
        return plan(b, seed, new QuizOptions(org.sourcequiz.engine.Mode.PRACTICE, java.util.Optional.empty(), 0));
    }

    public QuizPlan plan(Bank b, long seed, QuizOptions options) {
        QuizPlan plan = QuizPlan.select(b, new Selection(sets, tags, sources, checkNames(b), count, seed), options);
        if (plan.isEmpty()) {
            throw new UserInputException("no questions match " + describe() + "; `sourcequiz list` shows what each set holds");
        }
        return plan;
    }

    /** The selection as a results file records it. */
    public Map<String, Object> json(List<Path> paths, Duration timeLimit, Double negativeMarking) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paths", paths.stream().map(Object::toString).toList());
        m.put("sets", sets);
        m.put("tags", tags);
        m.put("sources", sources);
        m.put("kinds", kinds);
        m.put("count", count);
        m.put("time_limit_seconds", timeLimit == null ? null : timeLimit.toSeconds());
        m.put("negative_marking", negativeMarking == null ? 0 : negativeMarking);
        return m;
    }

    private Set<Kind> checkNames(Bank b) {
        Set<String> setIds = new TreeSet<>();
        b.sets().forEach(s -> setIds.add(s.id()));
        Set<String> tagNames = new TreeSet<>();
        Set<String> sourceIds = new TreeSet<>();
        for (Question q : b.questions()) {
            tagNames.addAll(q.tags());
            sourceIds.add(q.sourceId());
        }
        b.sources().forEach(s -> sourceIds.add(s.id()));
        check("set", sets, setIds);
        check("tag", tags, tagNames);
        check("source", sources, sourceIds);
        Set<String> kindNames = new TreeSet<>();
        for (Kind k : Kind.values()) {
            kindNames.add(k.fileName());
        }
        check("kind", kinds, kindNames);
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        kinds.forEach(k -> out.add(Kind.fromFileName(k).orElseThrow()));
        return out;
    }

    private static void check(String what, List<String> given, Collection<String> valid) {
        for (String g : given) {
            if (!valid.contains(g)) {
                String hint = DidYouMean.closest(g, valid).map(v -> "did you mean `" + v + "`? ").orElse("");
                throw new UsageException("unknown " + what + " `" + g + "`; " + hint + "the " + what + "s are: "
                        + String.join(", ", valid));
            }
        }
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        sets.forEach(s -> parts.add("--set " + s));
        tags.forEach(s -> parts.add("--tag " + s));
        sources.forEach(s -> parts.add("--source " + s));
        kinds.forEach(s -> parts.add("--kind " + s));
        return parts.isEmpty() ? "the selection" : String.join(" ", parts);
    }
}
