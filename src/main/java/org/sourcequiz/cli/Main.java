package org.sourcequiz.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.HistoryErrors;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.UsageException;
import org.sourcequiz.study.HistoryException;
import picocli.CommandLine;

/**
 * Entry point, and the one place where exceptions become exit codes and messages: bad input is a
 * one-line message and exit 1, bad usage exit 2, anything else is a bug, exit 3, with the stack
 * trace only when --stacktrace asks for it.
 */
public final class Main {
    /** Every command, in the order help lists them. */
    private static final Map<String, Class<?>> COMMANDS = orderedCommands();

    private Main() {}

    /** Each by its class's name: QuizCommand is `quiz` (the name its @Command gives, without reading annotations). */
    private static Map<String, Class<?>> orderedCommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (Class<?> c : List.of(QuizCommand.class, ReviewCommand.class, StatsCommand.class, HistoryCommand.class,
                ValidateCommand.class, ListCommand.class, ImportCommand.class, ExportCommand.class, SearchCommand.class,
                TimelineCommand.class, SourcesCommand.class, SchemaCommand.class, DraftCommand.class, CoverageCommand.class,
                AnalyzeCommand.class, CompletionCommand.class)) {
            m.put(c.getSimpleName().replace("Command", "").toLowerCase(java.util.Locale.ROOT), c);
        }
        return m;
    }

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
        // picocli builds its model of a command by reflection, a tenth of a second of a cold
        // start: the command lines people run most often (and a plain search or import) go around it, with the same effect.
        if (args.length == 0) {
            return home(ctx);
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : VersionProvider.lines()) {
                ctx.out().println(line);
            }
            return ExitCodes.OK;
        }
        List<Path> validate = ValidateCommand.plainPaths(args);
        Callable<Integer> plain = validate != null ? ValidateCommand.forPaths(ctx, validate) : SearchCommand.direct(ctx, args);
        plain = plain != null ? plain : ImportCommand.direct(ctx, args);
        if (plain != null) {
            return direct(plain, ctx, args);
        }
        CommandLine cl = commandLine(ctx, args);
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, ctx, stacktrace, args));
        cl.setParameterExceptionHandler((e, a) -> {
            ctx.err().println("sourcequiz: " + e.getMessage());
            ctx.err().println("Try `sourcequiz " + commandPath(e.getCommandLine()) + "--help` for the options.");
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    private static int direct(Callable<Integer> command, AppContext ctx, String[] args) {
        try {
            return command.call();
        } catch (Exception e) {
            return handle(e, ctx, false, args);
        }
    }

    private static int home(AppContext ctx) {
        return direct(() -> Home.run(ctx, new GlobalOptions(), new String[0], null), ctx, new String[0]);
    }

    /** With every command: for help, completion and telling a typo apart. */
    static CommandLine commandLine(AppContext ctx) {
        return commandLine(ctx, COMMANDS.keySet());
    }

    /**
     * Only the commands that the arguments name: picocli models each command by reflection, which
     * costs a cold JVM milliseconds per command. When none is named, or a completion script for
     * all of them is asked for, every command is built.
     */
    static CommandLine commandLine(AppContext ctx, String[] args) {
        List<String> named = Arrays.stream(args).filter(COMMANDS::containsKey).distinct().toList();
        return commandLine(ctx, named.isEmpty() || named.contains("completion") ? COMMANDS.keySet() : named);
    }

    private static CommandLine commandLine(AppContext ctx, Collection<String> commands) {
        CommandLine cl = new CommandLine(new RootCommand(ctx), new CommandFactory(ctx));
        for (String name : commands) {
            cl.addSubcommand(COMMANDS.get(name));
        }
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
