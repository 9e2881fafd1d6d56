package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankSummary;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.model.Bank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the question sets with their counts by kind, tag and source.")
public final class ListCommand extends AppCommand {
    @Mixin
    BankOptions bank;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ListCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        Bank loaded = BankOpening.valid(ctx, bank.paths);
        Print.jsonOrLines(ctx, format == OutputFormat.JSON, () -> BankSummary.json(loaded), () -> BankSummary.lines(loaded));
        return ExitCodes.OK;
    }
}
