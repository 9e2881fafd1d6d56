package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.CoverageJob;
import org.sourcequiz.app.CoverageViews;
import org.sourcequiz.authoring.Coverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"The dates, figures and quotations of each article that no question's passage covers.",
                "Each with its line in the article. Exit 0 when the report is made, 1 when the bank or an article cannot be read."})
public final class CoverageCommand extends AppCommand {
    @Mixin
    BankOptions bank;

    @Option(names = "--sources", paramLabel = "DIR", required = true, description = "Folder with the articles' texts.")
    Path sourcesDir;

    @Option(names = "--json", description = "The report as JSON.")
    boolean json;

    public CoverageCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        List<Coverage.Report> reports = CoverageJob.run(BankOpening.valid(ctx, bank.paths), ctx.workingDir().resolve(sourcesDir));
        Print.jsonOrLines(ctx, json, () -> CoverageViews.json(reports), () -> CoverageViews.lines(reports));
        return ExitCodes.OK;
    }
}
