package org.sourcequiz.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Csv;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.AnswerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every answer in the history, oldest first, as CSV or JSON.",
                "Fields: question_id, content_hash, set_id, session_id, mode, given,",
                "expected, verdict, rating (1 again .. 4 easy), points, max_points,",
                "seconds, answered_at (UTC)."})
public final class HistoryExportCommand implements Callable<Integer> {
    static final String COLUMNS_TEXT = "question_id, content_hash, set_id, session_id, mode, given, expected, verdict,"
            + " rating, points, max_points, seconds, answered_at";
    private static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(",\\s*"));

    /** Output formats of this command. */
    enum Format { CSV, JSON }

    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    public HistoryExportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        long[] count = {0};
        try (SqliteHistory history = StudyWiring.history(ctx, Globals.of(spec).history())) {
            if (output == null) {
                write(history, ctx.out(), count);
                ctx.out().flush();
            } else {
                Path file = ctx.workingDir().resolve(output);
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    write(history, w, count);
                } catch (IOException e) {
                    throw cannotWrite(e);
                }
                ctx.out().printf(Locale.ROOT, "Wrote %,d answers to %s%n", count[0], output);
            }
        }
        return ExitCodes.OK;
    }

    private void write(SqliteHistory history, Writer w, long[] count) {
        try {
            if (format == Format.CSV) {
                w.write(Csv.line(COLUMNS));
                history.forEachAnswer(a -> {
                    count[0]++;
                    unchecked(() -> w.write(Csv.line(values(a))));
                });
                return;
            }
            // The caller owns the writer: standard output must stay open after the export.
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
        } catch (IOException e) {
            throw cannotWrite(e);
        } catch (UncheckedIOException e) {
            throw cannotWrite(e.getCause());
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

    private UserInputException cannotWrite(IOException e) {
        return new UserInputException((output == null ? "standard output" : output.toString())
                + ": cannot write (" + e.getMessage() + ")");
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
