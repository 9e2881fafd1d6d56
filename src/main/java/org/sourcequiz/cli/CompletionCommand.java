package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash/zsh completion script.", "Use: source <(sourcequiz completion)"})
public final class CompletionCommand extends AppCommand {
    public CompletionCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ctx.out().print(AutoComplete.bash("sourcequiz", spec.root().commandLine()));
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
