package org.sourcequiz.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.AnswerRecord;

/** Every answer in a history, oldest first, as CSV or as a JSON array of objects with the same fields. */
public final class HistoryExport {
    public static final String COLUMNS_TEXT = "question_id, content_hash, set_id, session_id, mode, given, expected, verdict,"
            + " rating, points, max_points, seconds, answered_at";
    private static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(",\\s*"));

    /** The two shapes of an export. */
    public enum Format { CSV, JSON }

    private HistoryExport() {}

    /**
     * Exports the history {@code choice} names to {@code file} (relative to the working folder), or
     * to {@code stdout} when there is no file; a file or stream that cannot be written is the user's problem.
     *
     * @return how many answers were written
     */
    public static long export(AppContext ctx, HistoryChoice choice, Format format, Path file, Writer stdout) {
        try (SqliteHistory history = StudyWiring.history(ctx, choice)) {
            if (file == null) {
                long count = write(history, format, stdout);
                stdout.flush();
                return count;
            }
            try (Writer w = Files.newBufferedWriter(ctx.workingDir().resolve(file), StandardCharsets.UTF_8)) {
                return write(history, format, w);
            }
        } catch (IOException e) {
            throw new UserInputException((file == null ? "standard output" : file.toString()) + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes the export to {@code w}, which stays open (it may be standard output).
     *
     * @return how many answers were written
     */
    public static long write(SqliteHistory history, Format format, Writer w) throws IOException {
        long[] count = {0};
        try {
            if (format == Format.CSV) {
                w.write(Csv.line(COLUMNS));
                history.forEachAnswer(a -> {
                    count[0]++;
                    unchecked(() -> w.write(Csv.line(values(a))));
                });
                return count[0];
            }
            JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(w);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            history.forEachAnswer(a -> {
                count[0]++;
                unchecked(() -> writeJson(g, a));
            });
            g.writeEndArray();
            g.flush();
            w.write(System.lineSeparator());
            return count[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void writeJson(JsonGenerator g, AnswerRecord a) throws IOException {
        g.writeStartObject();
        List<Object> values = values(a);
        for (int i = 0; i < COLUMNS.size(); i++) {
            g.writeFieldName(COLUMNS.get(i));
            Object v = values.get(i);
            if (v instanceof Integer n) {
                g.writeNumber(n);
            } else if (v instanceof Double d) {
                g.writeNumber(d);
            } else {
                g.writeString(String.valueOf(v));
            }
        }
        g.writeEndObject();
    }

    /** An I/O step inside a callback that cannot throw checked exceptions. */
    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    private static void unchecked(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> values(AnswerRecord a) {
        return List.of(a.questionId(), a.contentHash(), a.setId(), a.sessionId(), a.mode(), a.given(), a.expected(),
                a.verdict().label(), a.rating().grade(), a.points(), a.maxPoints(), a.seconds(), a.answeredAt().toString());
    }
}
