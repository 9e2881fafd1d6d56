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

    /** The global options, wherever on the command line they were given: inherited options land in the root's fields. */
    GlobalOptions global() {
        return ((RootCommand) spec.root().userObject()).global;
    }
}
