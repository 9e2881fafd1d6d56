package org.sourcequiz.cli;

import java.nio.file.Path;
import org.sourcequiz.app.HistoryChoice;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes; a new instance holds their defaults (Main's fast path uses it without picocli). */
public final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where history is kept (default: $SOURCEQUIZ_HOME, else $XDG_DATA_HOME/sourcequiz, else ~/.local/share/sourcequiz).")
    Path dataDir;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Keep a separate history under this name (default: ${DEFAULT-VALUE}).")
    String profile = "default";

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT, hidden = true,
            description = "Show the stack trace of an internal error.")
    boolean stacktrace;

    /** The history these options name. */
    HistoryChoice history() {
        return new HistoryChoice(dataDir, profile);
    }
}
