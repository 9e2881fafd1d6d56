package org.sourcequiz.app;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.bank.Problem;
import org.sourcequiz.model.Bank;
import org.sourcequiz.text.TerminalSafety;

/** Opens the question bank a command or screen works on: the given files and folders, or the bundled bank when none. */
public final class BankOpening {
    private BankOpening() {}

    /** The bundled bank from its snapshot when there is one (the fast way), else from its files. */
    public static LoadResult load(AppContext ctx, List<Path> paths) {
        BankLoader loader = new BankLoader(ctx.workingDir());
        return paths.isEmpty() ? loader.loadBundled() : loader.load(paths);
    }

    /** As {@link #load}, but the bundled bank from its files, whose warnings a snapshot drops. */
    public static LoadResult loadFiles(AppContext ctx, List<Path> paths) {
        BankLoader loader = new BankLoader(ctx.workingDir());
        return paths.isEmpty() ? loader.loadBundledFiles() : loader.load(paths);
    }

    /** The bank, or a one-line error (exit 1): where its first error is, and how to see them all. */
    public static Bank valid(AppContext ctx, List<Path> paths) {
        LoadResult result = load(ctx, paths);
        if (result.hasErrors()) {
            String shown = paths.stream().map(p -> " " + p).collect(Collectors.joining());
            long n = result.errorCount();
            Problem first = result.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
            throw new UserInputException(TerminalSafety.oneLine(first.format()) + " (" + n + (n == 1 ? " error" : " errors")
                    + " in the question files; `sourcequiz validate" + shown + "` lists them)");
        }
        return result.bank();
    }
}
