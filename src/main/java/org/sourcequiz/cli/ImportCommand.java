package org.sourcequiz.cli;

import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.AppContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.interop.InteropFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn Moodle GIFT, Aiken and Moodle XML files into question files, one per category.",
                "Exit 0 when every block was read, 1 when one could not be (the rest is still written unless --strict)."})
public final class ImportCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GIFT, Aiken or Moodle XML files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the question files.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "gift, aiken or moodlexml (default: found from each file's content).")
    InteropFormat format;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json, on standard output (default: ${DEFAULT-VALUE}).")
    OutputFormat report;

    @Option(names = "--strict", description = "Write nothing when any block cannot be read.")
    boolean strict;

    public ImportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ImportJob.Result result;
        try (ProgressLine progress = ProgressLine.open(ctx)) {
            result = ImportJob.run(ctx.workingDir(), files, out, format, strict, new ImportJob.Progress() {
                @Override
                public void file(Path file, int index, int count) {
                    progress.show("importing " + file.getFileName() + (count > 1 ? " (" + (index + 1) + " of " + count + ")" : ""));
                }

                @Override
                public void questions(Path file, int read) {
                    progress.show("importing " + file.getFileName() + ": " + read + " questions");
                }
            });
        } catch (ImportJob.Failure e) {
            throw new UserInputException(e.getMessage());
        }
        if (report == OutputFormat.JSON) {
            ctx.out().println(Json.write(Map.of("files", result.reports())));
        } else {
            ImportReportView.print(result, out, strict, ctx.out());
        }
        return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
