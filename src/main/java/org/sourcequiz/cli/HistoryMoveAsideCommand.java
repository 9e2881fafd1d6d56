package org.sourcequiz.cli;

import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "move-aside", mixinStandardHelpOptions = true,
        description = {"Set a damaged history aside and start a new one; nothing is deleted.",
                "The file is renamed to history.db.damaged-TIME beside it. A history",
                "that reads fine is left where it is unless --force."})
public final class HistoryMoveAsideCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Move the history aside even if it reads fine.")
    boolean force;

    public HistoryMoveAsideCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.out().println(HistoryRepair.moveAside(ctx, GlobalOptions.of(spec).history(), force).describe());
        return ExitCodes.OK;
    }
}
