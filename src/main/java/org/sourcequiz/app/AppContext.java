package org.sourcequiz.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands need from the outside world, passed in so tests can supply their own.
 *
 * @param in standard input, read as UTF-8 whatever the locale
 * @param clock the time and time zone; study days, due dates and stats follow it
 */
public record AppContext(Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err, BufferedReader in,
                         Clock clock) {

    /** A context with no input (reading it gives end of input at once) and the system clock. */
    public AppContext(Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err) {
        this(workingDir, env, out, err, SystemClock.INSTANCE);
    }

    public AppContext(Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err, BufferedReader in) {
        this(workingDir, env, out, err, in, SystemClock.INSTANCE);
    }

    public AppContext(Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock) {
        this(workingDir, env, out, err, new BufferedReader(new StringReader("")), clock);
    }

    public static AppContext system(PrintWriter out, PrintWriter err) {
        return new AppContext(Path.of("").toAbsolutePath(), System.getenv(), out, err,
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), SystemClock.INSTANCE);
    }

    /** Colour unless {@code --no-color} was given or NO_COLOR is set. */
    public boolean color(boolean noColorAsked) {
        String noColor = env.get("NO_COLOR");
        return !noColorAsked && (noColor == null || noColor.isEmpty());
    }

    /**
     * The data folder of DESIGN.md: --data-dir, $SOURCEQUIZ_HOME, $XDG_DATA_HOME/sourcequiz, ~/.local/share/sourcequiz.
     *
     * @param dataDirOption what --data-dir gave, relative to the working folder; null when not given
     */
    public Path dataDir(Path dataDirOption) {
        if (dataDirOption != null) {
            return workingDir.resolve(dataDirOption);
        }
        String home = env.get("SOURCEQUIZ_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "sourcequiz");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "sourcequiz");
    }
}
