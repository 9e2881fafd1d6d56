package org.sourcequiz.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The global options, wherever on the command line they were given: inherited options land in the root's fields. */
final class Globals {
    private Globals() {}

    static GlobalOptions of(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).global;
    }
}
