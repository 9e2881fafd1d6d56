package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "move-aside", mixinStandardHelpOptions = true,
        description = {"Set a damaged history aside and start a new one; nothing is deleted.",
                "The file is renamed to history.db.damaged-TIME beside it. A history",
                "that reads fine is left where it is unless --force."})
public final class HistoryMoveAsideCommand extends AppCommand {
    @Option(names = "--force", description = "Move the history aside even if it reads fine.")
    boolean force;

    public HistoryMoveAsideCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ctx.out().println(HistoryRepair.moveAside(ctx, global().history(), force).describe());
        return ExitCodes.OK;
    }
}
