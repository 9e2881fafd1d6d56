package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import picocli.CommandLine.Parameters;

/** The question files or folders a command works on; the bundled bank when none is given. */
public final class BankOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Question files or folders (default: the bundled bank).")
    List<Path> paths = new ArrayList<>();

    LoadResult load(BankLoader loader) {
        return paths.isEmpty() ? loader.loadBundled() : loader.load(paths);
    }
}
