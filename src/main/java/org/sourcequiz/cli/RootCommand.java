package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sourcequiz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        // One paragraph, for picocli to wrap at the width of its usage message (80 columns).
        description = "A terminal quiz on five articles about Belarus and Russia (2020–2022) that shows the "
                + "source passage of every answer. With no command: the quiz home screen.",
        footer = {"", "Exit codes: 0 success, 1 problems in the input, 2 usage error, 3 internal error,",
                "130 interrupted (Ctrl-C), 143 stopped by SIGTERM, 129 by SIGHUP."})
// The subcommands are added by Main.commandLine, which builds only those a command line names.
public final class RootCommand extends AppCommand {
    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Option(names = "--sources", paramLabel = "DIR",
            description = "The folder of the article texts (default: $SOURCEQUIZ_SOURCES): Home's Sources and the article key show them whole.")
    java.nio.file.Path sources;

    public RootCommand(AppContext ctx) {
        super(ctx);
    }

    /** With no command: Home (see {@link Home}; {@link Main} goes there directly when there are no arguments). */
    @Override
    public Integer call() {
        return Home.run(ctx, global, args(), sources);
    }
}
