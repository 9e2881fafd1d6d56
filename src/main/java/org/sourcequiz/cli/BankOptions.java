package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The question files or folders a command works on; the bundled bank when none is given (see BankOpening). */
public final class BankOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Question files or folders (default: the bundled bank).")
    List<Path> paths = new ArrayList<>();
}
