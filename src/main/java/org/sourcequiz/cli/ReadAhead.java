package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;

/**
 * The question files of {@code sourcequiz validate PATH...}, read on another thread while picocli
 * builds its model of the command line: a cold JVM spends about as long in picocli's reflection
 * as in reading the whole bank, and there are two cores. Only a guess from the raw arguments, made
 * when they hold nothing but paths; the command takes the result only for the very paths picocli
 * parsed, and otherwise reads them itself.
 */
final class ReadAhead {
    private final List<Path> paths;
    private final Background<LoadResult> loading;

    private ReadAhead(List<Path> paths, Background<LoadResult> loading) {
        this.paths = paths;
        this.loading = loading;
    }

    /** Started for `validate` followed by paths alone (none: the bundled bank); empty for anything else. */
    static Optional<ReadAhead> start(AppContext ctx, String[] args) {
        if (args.length == 0 || !args[0].equals("validate")) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.stream().anyMatch(a -> a.isEmpty() || a.startsWith("-") || a.startsWith("@"))) {
            return Optional.empty();
        }
        List<Path> paths = rest.stream().map(Path::of).toList();
        BankLoader loader = new BankLoader(ctx.workingDir());
        return Optional.of(new ReadAhead(paths, Background.start("read ahead",
                () -> paths.isEmpty() ? loader.loadBundledFiles() : loader.load(paths))));
    }

    /** What was read, when it was read for exactly {@code wanted}. */
    Optional<LoadResult> resultFor(List<Path> wanted) {
        return wanted.equals(paths) ? Optional.of(loading.get()) : Optional.empty();
    }
}
