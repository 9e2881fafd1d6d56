package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every answer in the history, oldest first, as CSV or JSON.",
                "Fields: question_id, content_hash, set_id, session_id, mode, given,",
                "expected, verdict, rating (1 again .. 4 easy), points, max_points,",
                "seconds, answered_at (UTC)."})
public final class HistoryExportCommand extends AppCommand {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    HistoryExport.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    public HistoryExportCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        long count = HistoryExport.export(ctx, global().history(), format, output, ctx.out());
        if (output != null) {
            ctx.out().printf(Locale.ROOT, "Wrote %,d answers to %s%n", count, output);
        }
        return ExitCodes.OK;
    }
}
