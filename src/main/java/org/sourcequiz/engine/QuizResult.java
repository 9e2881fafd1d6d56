package org.sourcequiz.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Kind;

/**
 * The outcome of a session. {@code records} holds every question answered or skipped, plus, when
 * an exam's time ran out, the questions not reached as SKIPPED; a quiz quit early counts only what
 * was reached ({@code notReached} says how many were left).
 *
 * @param points total points, never below 0 (negative marking cannot take a total below zero)
 */
public record QuizResult(String sessionId, Mode mode, long seed, double points, double maxPoints,
                         Duration taken, boolean timeUp, int notReached, List<QuestionRecord> records,
                         Map<String, Tally> bySet, Map<String, Tally> byTag, Map<String, Tally> bySource,
                         Map<Kind, Tally> byKind, int longestStreak) {
    public QuizResult {
        records = List.copyOf(records);
        bySet = Collections.unmodifiableMap(new TreeMap<>(bySet));
        byTag = Collections.unmodifiableMap(new TreeMap<>(byTag));
        bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
        EnumMap<Kind, Tally> kinds = new EnumMap<>(Kind.class);
        kinds.putAll(byKind);
        byKind = Collections.unmodifiableMap(kinds);
    }

    /** 0..100. */
    public double percentage() {
        return maxPoints == 0 ? 0 : points * 100 / maxPoints;
    }

    /** Every record not fully right (partial, wrong, skipped), in quiz order: what to review. */
    public List<QuestionRecord> missed() {
        return records.stream().filter(r -> r.verdict() != Verdict.RIGHT).toList();
    }

    public List<String> missedIds() {
        return missed().stream().map(QuestionRecord::questionId).toList();
    }
}
