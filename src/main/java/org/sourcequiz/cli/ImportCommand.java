package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.app.InteropReports;
import org.sourcequiz.interop.InteropFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn Moodle GIFT, Aiken and Moodle XML files into question files, one per category.",
                "Exit 0 when every block was read, 1 when one could not be (the rest is still written unless --strict)."})
public final class ImportCommand extends AppCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GIFT, Aiken or Moodle XML files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the question files.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "gift, aiken or moodlexml (default: found from each file's content).")
    InteropFormat format;

    @Mixin
    ReportOption report;

    @Option(names = "--strict", description = "Write nothing when any block cannot be read.")
    boolean strict;

    public ImportCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ImportJob.Result result;
        try (ProgressLine progress = ProgressLine.forStderr(ctx)) {
            result = ImportJob.run(ctx.workingDir(), files, out, format, strict, InteropReports.importProgress(progress::show));
        }
        Print.jsonOrLines(ctx, report.json(), () -> Map.of("files", result.reports()),
                () -> InteropReports.importLines(result, out, strict));
        return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
