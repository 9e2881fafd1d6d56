package org.sourcequiz.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sourcequiz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A terminal quiz on five articles about Belarus and Russia (2020–2022) that shows the",
                "source passage of every answer. With no command: the quiz home screen."},
        subcommands = {QuizCommand.class, ReviewCommand.class, StatsCommand.class, HistoryCommand.class,
                ValidateCommand.class, ListCommand.class, SchemaCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 success, 1 problems in the input, 2 usage error, 3 internal error."})
public final class RootCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    public RootCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(ctx.out());
        return ExitCodes.OK;
    }
}
