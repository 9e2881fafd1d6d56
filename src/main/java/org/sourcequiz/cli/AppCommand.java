package org.sourcequiz.cli;

import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command has: the context it runs in (made by {@link CommandFactory}, so nothing
 * reaches for globals) and picocli's model of it, for the global options and the command line as typed.
 */
abstract class AppCommand implements Callable<Integer> {
    final AppContext ctx;

    /** Null when {@link Main} runs a command without picocli. */
    @Spec
    CommandSpec spec;

    AppCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The global options, wherever on the command line they were given (inherited options land in the root's fields); their defaults on a direct run. */
    GlobalOptions global() {
        return spec == null ? new GlobalOptions() : ((RootCommand) spec.root().userObject()).global;
    }

    /** The command line as typed, for messages that repeat its options; none on a direct run, which has no --data-dir or --profile. */
    String[] args() {
        return spec == null ? new String[0] : spec.root().commandLine().getParseResult().originalArgs().toArray(String[]::new);
    }
}
