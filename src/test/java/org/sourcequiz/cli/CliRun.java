package org.sourcequiz.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the command line in-process with a fixed clock and captured output. */
record CliRun(int code, String out, String err) {
    static CliRun run(Path workingDir, Instant now, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(workingDir, env, new PrintWriter(out, true), new PrintWriter(err, true),
                Clock.fixed(now, ZoneOffset.UTC));
        int code = Main.run(args, ctx);
        return new CliRun(code, out.toString(), err.toString());
    }
}
