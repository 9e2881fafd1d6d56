package org.sourcequiz.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures what it printed and its exit code. */
record CliRun(int exit, String out, String err) {
    static CliRun run(String... args) {
        return runIn(Path.of("").toAbsolutePath(), Map.of(), args);
    }

    static CliRun runIn(Path dir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new AppContext(dir, env, new PrintWriter(out, true), new PrintWriter(err, true)));
        return new CliRun(code, out.toString(), err.toString());
    }
}
