package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryExport;
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
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    HistoryExport.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    public HistoryExportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        long count = HistoryExport.export(ctx, GlobalOptions.of(spec).history(), format, output, ctx.out());
        if (output != null) {
            ctx.out().printf(Locale.ROOT, "Wrote %,d answers to %s%n", count, output);
        }
        return ExitCodes.OK;
    }
}
