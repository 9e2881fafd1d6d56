package org.sourcequiz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcequiz.engine.QuestionRecord;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.Tally;

/**
 * Writes a quiz result as JSON, or as CSV (one row per question) when the name ends in .csv.
 * Written to a temporary file beside the target and moved over it, so a reader never sees half a file.
 * The profile (the student, in a class) and the end time are written too, so that {@code analyze}
 * can keep one attempt per student; in CSV they are the last two columns, after those older files had.
 */
public final class ResultsFile {
    private ResultsFile() {}

    public static void write(Path file, QuizResult r, Map<String, Object> selection, String profile, Instant finished) {
        String text = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csv(r, profile, finished) : Json.write(json(r, selection, profile, finished)) + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UserInputException("cannot write the results to " + file + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // The write already failed and is reported; a stray temporary file is the lesser problem.
        }
    }

    public static Map<String, Object> json(QuizResult r, Map<String, Object> selection, String profile, Instant finished) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", r.sessionId());
        m.put("profile", profile);
        m.put("finished", finished.toString());
        m.put("mode", r.mode().name().toLowerCase(Locale.ROOT));
        m.put("seed", r.seed());
        m.put("selection", selection);
        m.put("points", r.points());
        m.put("max_points", r.maxPoints());
        m.put("percentage", round(r.percentage()));
        m.put("seconds", r.taken().toMillis() / 1000.0);
        m.put("time_up", r.timeUp());
        m.put("not_reached", r.notReached());
        m.put("longest_streak", r.longestStreak());
        List<Map<String, Object>> qs = new ArrayList<>();
        for (QuestionRecord q : r.records()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", q.questionId());
            x.put("set", q.setId());
            x.put("source", q.sourceId());
            x.put("kind", q.kind().fileName());
            x.put("tags", q.tags());
            x.put("verdict", q.verdict().name().toLowerCase(Locale.ROOT));
            x.put("points", q.points());
            x.put("max_points", q.maxPoints());
            x.put("seconds", q.seconds());
            x.put("given", q.given());
            x.put("expected", q.expected());
            qs.add(x);
        }
        m.put("questions", qs);
        m.put("by_set", tallies(r.bySet()));
        m.put("by_tag", tallies(r.byTag()));
        m.put("by_source", tallies(r.bySource()));
        Map<String, Tally> kinds = new LinkedHashMap<>();
        r.byKind().forEach((k, t) -> kinds.put(k.fileName(), t));
        m.put("by_kind", tallies(kinds));
        m.put("missed", r.missedIds());
        return m;
    }

    private static Map<String, Object> tallies(Map<String, Tally> in) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, t) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("questions", t.questions());
            x.put("right", t.right());
            x.put("partial", t.partial());
            x.put("wrong", t.wrong());
            x.put("skipped", t.skipped());
            x.put("points", t.points());
            x.put("max_points", t.maxPoints());
            x.put("percentage", round(t.percentage()));
            out.put(k, x);
        });
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static String csv(QuizResult r, String profile, Instant finished) {
        StringBuilder b = new StringBuilder(
                "session,mode,seed,id,set,source,kind,tags,verdict,points,max_points,seconds,given,expected,profile,finished\r\n");
        for (QuestionRecord q : r.records()) {
            List<String> cells = List.of(cell(r.sessionId()), r.mode().name().toLowerCase(Locale.ROOT), Long.toString(r.seed()),
                    cell(q.questionId()), cell(q.setId()), cell(q.sourceId()), q.kind().fileName(), cell(String.join(" ", q.tags())),
                    q.verdict().name().toLowerCase(Locale.ROOT), num(q.points()), num(q.maxPoints()), num(q.seconds()),
                    cell(q.given()), cell(q.expected()), cell(profile), finished.toString());
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    public static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 1000) / 1000.0);
    }

    /** A text cell: RFC 4180 quoting; a leading = + - @ gets a ' so a spreadsheet does not run it as a formula. */
    public static String cell(String s) {
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
