package org.sourcequiz.cli;

import java.nio.file.Path;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.ExportJob;
import org.sourcequiz.app.InteropReports;
import org.sourcequiz.interop.InteropFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write question sets as Moodle GIFT, Moodle XML or Aiken, the passage and citation in each "
                + "question's general feedback. Questions a format cannot hold are skipped and reported."})
public final class ExportCommand extends AppCommand {
    @Mixin
    BankOptions bank;

    @Mixin
    SetTagOptions only;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "gift, moodlexml or aiken.")
    InteropFormat format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    Path out;

    @Mixin
    ReportOption report;

    public ExportCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ExportJob.Report r = ExportJob.run(BankOpening.valid(ctx, bank.paths), only.sets, only.tags, format,
                ctx.workingDir().resolve(out), out.toString());
        Print.jsonOrLines(ctx, report.json(), () -> r, () -> InteropReports.exportLines(r));
        return ExitCodes.OK;
    }
}
