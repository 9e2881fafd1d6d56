package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Validation;
import org.sourcequiz.bank.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check question files and report every problem as file:line:column.",
                "Exit 0 when there are no errors (warnings are allowed), 1 when there are."})
public final class ValidateCommand extends AppCommand {
    @Mixin
    BankOptions bank;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Folder holding the article texts that questions/sources.yaml names (not distributed"
                    + " with sourcequiz): check that every passage is really in its article.")
    Path sourcesDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ValidateCommand(AppContext ctx) {
        super(ctx);
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
        LoadResult result = Validation.check(ctx, bank.paths, sourcesDir);
        Print.jsonOrLines(ctx, format == OutputFormat.JSON, () -> Validation.json(result),
                () -> Validation.lines(result, sourcesDir != null));
        return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
