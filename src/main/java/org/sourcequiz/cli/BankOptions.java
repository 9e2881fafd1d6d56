package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import java.util.stream.Collectors;
import picocli.CommandLine.Parameters;

/** The question files or folders a command works on; the bundled bank when none is given. */
public final class BankOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Question files or folders (default: the bundled bank).")
    List<Path> paths = new ArrayList<>();

    LoadResult load(BankLoader loader) {
        return paths.isEmpty() ? loader.loadBundled() : loader.load(paths);
    }

    /** As {@link #load}, but the bundled bank from its files, whose warnings a snapshot drops. */
    LoadResult loadFiles(BankLoader loader) {
        return paths.isEmpty() ? loader.loadBundledFiles() : loader.load(paths);
    }

    /** The bank, or a one-line error (exit 1) that says how to see its problems. */
    Bank loadValid(BankLoader loader) {
        LoadResult result = load(loader);
        if (result.hasErrors()) {
            String shown = paths.stream().map(p -> " " + p).collect(Collectors.joining());
            long n = result.errorCount();
            throw new UserInputException(n + (n == 1 ? " error" : " errors") + " in the question files; run `sourcequiz validate"
                    + shown + "` to see them");
        }
        return result.bank();
    }
}
