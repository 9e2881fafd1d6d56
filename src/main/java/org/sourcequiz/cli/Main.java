package org.sourcequiz.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sourcequiz.study.HistoryException;
import picocli.CommandLine;

/**
 * Entry point, and the one place where exceptions become exit codes and messages: bad input is a
 * one-line message and exit 1, bad usage exit 2, anything else is a bug, exit 3, with the stack
 * trace only when --stacktrace asks for it.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Under LANG=C Java picks US-ASCII for stdout; question text is UTF-8 whatever the locale.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = run(args, AppContext.system(out, err));
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int run(String[] args, AppContext ctx) {
        CommandLine cl = commandLine(ctx);
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, ctx, stacktrace, args));
        cl.setParameterExceptionHandler((e, a) -> {
            ctx.err().println("sourcequiz: " + e.getMessage());
            ctx.err().println("Try `sourcequiz " + commandPath(e.getCommandLine()) + "--help` for the options.");
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    static CommandLine commandLine(AppContext ctx) {
        CommandLine cl = new CommandLine(new RootCommand(ctx), new CommandFactory(ctx));
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder b = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            b.insert(0, c.getCommandName() + " ");
        }
        return b.toString();
    }

    static int handle(Exception e, AppContext ctx, boolean stacktrace, String[] args) {
        if (e instanceof UserInputException) {
            ctx.err().println("sourcequiz: " + e.getMessage());
            return ExitCodes.INPUT;
        }
        if (e instanceof UsageException) {
            ctx.err().println("sourcequiz: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof HistoryException h) {
            ctx.err().println("sourcequiz: " + HistoryErrors.message(h, args));
            return ExitCodes.INPUT;
        }
        ctx.err().println("sourcequiz: internal error: " + e + " (this is a bug; run again with --stacktrace to see where)");
        if (stacktrace) {
            e.printStackTrace(ctx.err());
        }
        return ExitCodes.INTERNAL;
    }
}
