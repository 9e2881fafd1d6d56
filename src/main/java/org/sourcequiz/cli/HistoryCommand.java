package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import picocli.CommandLine.Command;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Work with the answer history: export it, or set a damaged file aside.",
                "The default profile's history is <data>/history.db; another profile's is",
                "<data>/profiles/NAME/history.db (<data>: see --data-dir)."},
        subcommands = {HistoryExportCommand.class, HistoryMoveAsideCommand.class})
public final class HistoryCommand extends AppCommand {
    public HistoryCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.out());
        return ExitCodes.OK;
    }
}
