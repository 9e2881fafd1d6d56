package org.sourcequiz.app;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.BankSnapshot;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.QuestionSet;

/**
 * The snapshot of the bundled bank that start-up reads instead of the YAML, written by the build.
 * A bank with errors gets no snapshot, so the program falls back to the files and reports their
 * problems, and `sourcequiz validate` still runs.
 */
public final class BundledSnapshot {
    private BundledSnapshot() {}

    /**
     * Writes the snapshot of the bank in {@code dir} to {@code target}, replacing any old one.
     *
     * @return how many errors the bank has; when not 0, no snapshot was written
     */
    public static long write(Path dir, Path target) throws IOException {
        Files.deleteIfExists(target);
        LoadResult loaded = new BankLoader(dir).load(List.of(dir));
        if (loaded.hasErrors()) {
            return loaded.errorCount();
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "bank", ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
            BankSnapshot.write(asBundled(loaded), out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return 0;
    }

    /** Messages name bundled files as the jar's loader does: "bundled:questions/<file>". */
    private static LoadResult asBundled(LoadResult loaded) {
        Bank b = loaded.bank();
        List<QuestionSet> sets = b.sets().stream().map(s -> new QuestionSet(s.id(), s.title(), s.description(), s.tags(),
                s.questions(), BankLoader.BUNDLED_PREFIX + s.origin(), s.imported())).toList();
        return new LoadResult(new Bank(b.sources(), sets), loaded.problems(), loaded.questionLocations());
    }
}
