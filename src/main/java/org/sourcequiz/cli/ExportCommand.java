package org.sourcequiz.cli;

import org.sourcequiz.app.BankOpening;

import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.AppContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcequiz.app.ExportJob;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.interop.ExportProblem;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.text.TerminalSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write question sets as Moodle GIFT, Moodle XML or Aiken, the passage and citation in each "
                + "question's general feedback. Questions a format cannot hold are skipped and reported."})
public final class ExportCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    BankOptions bank;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "gift, moodlexml or aiken.")
    InteropFormat format;

    @Option(names = "--set", paramLabel = "ID", split = ",", description = "Only this set (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only questions with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json, on standard output (default: ${DEFAULT-VALUE}).")
    OutputFormat report;

    public ExportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ExportJob.Report r;
        try {
            r = ExportJob.run(org.sourcequiz.app.BankOpening.valid(ctx, bank.paths), sets, tags, format,
                    ctx.workingDir().resolve(out), out.toString());
        } catch (ImportJob.Failure e) {
            throw new UserInputException(e.getMessage());
        }
        if (report == OutputFormat.JSON) {
            ctx.out().println(Json.write(r));
            return ExitCodes.OK;
        }
        ctx.out().println("wrote " + r.exported() + " questions to " + r.file() + " (" + r.format() + "), "
                + r.skipped() + " skipped");
        for (ExportProblem p : r.problems()) {
            ctx.out().println("  " + p.id() + ": " + p.severity() + ": " + TerminalSafety.oneLine(p.message()));
        }
        return ExitCodes.OK;
    }
}
