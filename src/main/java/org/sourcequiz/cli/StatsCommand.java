package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.StudyStats;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.StatsFormats;
import org.sourcequiz.app.Csv;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.SafeLines;
import org.sourcequiz.model.Bank;
import org.sourcequiz.study.StatsReport;
import org.sourcequiz.study.StatsReport.Granularity;
import org.sourcequiz.study.StatsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Show study statistics with charts.",
                "Questions seen and mastered per set; accuracy by set, tag, source,",
                "kind and over time; the streak; reviews due in the next 14 days;",
                "the five weakest topics."})
public final class StatsCommand extends AppCommand {
    /** Output formats of this command. */
    enum Format { TEXT, JSON, CSV }

    @Mixin
    BankOptions bank;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (one number a row: section,key,measure,value) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "week",
            description = "Accuracy over time by day (last 30) or week (last 12) (default: ${DEFAULT-VALUE}).")
    Granularity by;

    @Option(names = "--ascii", description = "Draw charts with ASCII characters only.")
    boolean ascii;

    public StatsCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Bank b = BankOpening.valid(ctx, bank.paths);
        StatsReport report = StudyStats.report(ctx, global().history(), b, StudyWiring.fsrs(ctx), by);
        switch (format) {
            case JSON -> ctx.out().println(Json.write(StatsFormats.json(report)));
            case CSV -> StatsFormats.csvRows(report).forEach(row -> ctx.out().print(Csv.line(row)));
            // Set titles, tags and source titles come from question files: SafeLines keeps terminal controls out.
            case TEXT -> SafeLines.of(StatsText.render(report, StudyWiring.glyphs(ctx, ascii), StudyWiring.width(ctx)))
                    .forEach(ctx.out()::println);
        }
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
