package org.sourcequiz.engine;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sourcequiz.model.Kind;

/** Sums a session's records into a {@link QuizResult}. */
final class Results {
    private Results() {}

    static QuizResult of(QuizSession s, List<QuestionRecord> records, Duration taken, boolean timeUp, int notReached) {
        double points = Math.max(0, records.stream().mapToDouble(QuestionRecord::points).sum());
        double max = records.stream().mapToDouble(QuestionRecord::maxPoints).sum();
        Map<Kind, Tally> byKind = new EnumMap<>(Kind.class);
        for (QuestionRecord r : records) {
            byKind.merge(r.kind(), Tally.EMPTY.plus(r), (a, b) -> a.plus(r));
        }
        return new QuizResult(s.id(), s.mode(), s.plan().seed(), points, max, taken, timeUp, notReached, records,
                by(records, r -> List.of(r.setId())), by(records, QuestionRecord::tags),
                by(records, r -> List.of(r.sourceId())), byKind, longestStreak(records));
    }

    private static Map<String, Tally> by(List<QuestionRecord> records, Function<QuestionRecord, List<String>> keys) {
        Map<String, Tally> m = new TreeMap<>();
        for (QuestionRecord r : records) {
            for (String k : keys.apply(r)) {
                m.put(k, m.getOrDefault(k, Tally.EMPTY).plus(r));
            }
        }
        return m;
    }

    static int longestStreak(List<QuestionRecord> records) {
        int best = 0;
        int run = 0;
        for (QuestionRecord r : records) {
            run = r.verdict() == Verdict.RIGHT ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
