package org.sourcequiz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.bank.PassageChecker;
import org.sourcequiz.bank.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check question files and report every problem as file:line:column.",
                "Exit 0 when there are no errors (warnings are allowed), 1 when there are."})
public final class ValidateCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    BankOptions bank;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder with the articles' texts: check that every passage is really in its article.")
    Path sourcesDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ValidateCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The command as picocli makes it for `validate PATH...` with no option: what {@link Main}
     * runs for that command line without picocli's model (see {@link #plainPaths}).
     */
    static ValidateCommand forPaths(AppContext ctx, List<Path> paths) {
        ValidateCommand c = new ValidateCommand(ctx);
        c.bank = new BankOptions();
        c.bank.paths.addAll(paths);
        c.format = OutputFormat.TEXT;
        return c;
    }

    /**
     * The paths of `validate PATH...` when the arguments after `validate` are nothing but paths;
     * null when anything could be an option, an @file or a word picocli reads otherwise.
     */
    static List<Path> plainPaths(String[] args) {
        if (args.length == 0 || !args[0].equals("validate")) {
            return null;
        }
        List<Path> paths = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null;
            }
            paths.add(Path.of(a));
        }
        return paths;
    }

    @Override
    public Integer call() {
        LoadResult result = BankOpening.loadFiles(ctx, bank.paths);
        if (sourcesDir != null) {
            Path dir = ctx.workingDir().resolve(sourcesDir);
            if (!Files.isDirectory(dir)) {
                throw new UserInputException(sourcesDir + ": no such folder (--sources names the folder of article texts)");
            }
            result = result.with(new PassageChecker(dir).check(result.bank(), result.questionLocations()));
        }
        int questions = result.bank().questions().size();
        if (format == OutputFormat.JSON) {
            ctx.out().println(Json.write(json(result, questions)));
        } else {
            result.problems().forEach(p -> ctx.out().println(p.format()));
            // Not printf: a cold JVM spends milliseconds loading locale data for its first %d.
            ctx.out().println(count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning") + "; "
                    + count(result.bank().sets().size(), "set") + ", " + count(questions, "question") + " read"
                    + (sourcesDir != null && !result.hasErrors() ? ", every passage found in its article" : ""));
        }
        return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }

    private static String count(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    private static Map<String, Object> json(LoadResult result, int questions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errors", result.errorCount());
        m.put("warnings", result.warningCount());
        m.put("sets", result.bank().sets().size());
        m.put("questions", questions);
        List<Map<String, Object>> list = result.problems().stream().map(ValidateCommand::json).toList();
        m.put("problems", list);
        return m;
    }

    private static Map<String, Object> json(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("severity", p.severity().label());
        m.put("question", p.questionId());
        m.put("message", p.message());
        m.put("hint", p.hint());
        return m;
    }
}
