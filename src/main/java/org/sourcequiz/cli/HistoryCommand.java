package org.sourcequiz.cli;

import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Work with the answer history: export it, or set a damaged file aside.",
                "The default profile's history is <data>/history.db; another profile's is",
                "<data>/profiles/NAME/history.db (<data>: see --data-dir)."},
        subcommands = {HistoryExportCommand.class, HistoryMoveAsideCommand.class})
public final class HistoryCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    public HistoryCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.out());
        return ExitCodes.OK;
    }
}
