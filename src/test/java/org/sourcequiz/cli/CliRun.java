package org.sourcequiz.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.sourcequiz.app.AppContext;

/** Runs the command line in-process and captures what it printed and its exit code. */
record CliRun(int exit, String out, String err) {
    static CliRun run(String... args) {
        return runIn(Path.of("").toAbsolutePath(), Map.of(), args);
    }

    static CliRun runIn(Path dir, Map<String, String> env, String... args) {
        return run(dir, Clock.systemDefaultZone(), env, args);
    }

    /** With a fixed clock, for history and stats. */
    static CliRun run(Path workingDir, Instant now, Map<String, String> env, String... args) {
        return run(workingDir, Clock.fixed(now, ZoneOffset.UTC), env, args);
    }

    private static CliRun run(Path workingDir, Clock clock, Map<String, String> env, String... args) {
        return withInput(workingDir, clock, env, "", args);
    }

    /** With a clock and what the user types, one line per answer. */
    static CliRun withInput(Path workingDir, Clock clock, Map<String, String> env, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(workingDir, env, new PrintWriter(out, true), new PrintWriter(err, true),
                new java.io.BufferedReader(new java.io.StringReader(input)), clock);
        int code = Main.run(args, ctx);
        return new CliRun(code, out.toString(), err.toString());
    }

    int code() {
        return exit;
    }
}
