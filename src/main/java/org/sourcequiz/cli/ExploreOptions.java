package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.UsageException;
import picocli.CommandLine.Option;

/** What the explore commands (search, timeline, sources) share: the bank they read, and lines or JSON instead of the text UI. */
final class ExploreOptions {
    @Option(names = "--bank", paramLabel = "PATH", split = ",",
            description = "These question files or folders instead of the bundled bank (repeatable).")
    List<Path> bankPaths = new ArrayList<>();

    @Option(names = "--plain", description = "Lines, for scripts and screen readers (also when there is no terminal).")
    boolean plain;

    @Option(names = "--json", description = "JSON (the shape is in the README).")
    boolean json;

    /** The text UI: neither --plain nor --json, and a terminal to draw on. */
    boolean screen(AppContext ctx) {
        if (plain && json) {
            throw new UsageException("--plain and --json cannot be used together");
        }
        return !plain && !json && TerminalCheck.interactive(ctx.env());
    }
}
