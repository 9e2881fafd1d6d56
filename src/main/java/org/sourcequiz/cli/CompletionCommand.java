package org.sourcequiz.cli;

import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script.", "Use: source <(sourcequiz completion)"})
public final class CompletionCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    public CompletionCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.out().print(AutoComplete.bash("sourcequiz", spec.root().commandLine()));
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
