package org.sourcequiz.cli;

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
 * Run by the build (exec-maven-plugin, after compiling): writes the snapshot of the bundled bank
 * that start-up reads instead of the YAML. A bank with errors gets no snapshot, so the program
 * falls back to the files and reports their problems, and `sourcequiz validate` still runs.
 */
public final class WriteSnapshot {
    private WriteSnapshot() {}

    /** Arguments: the bank folder, the snapshot file to write. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]);
        Files.deleteIfExists(target);
        LoadResult loaded = new BankLoader(dir).load(List.of(dir));
        if (loaded.hasErrors()) {
            System.err.println("sourcequiz: " + loaded.errorCount() + " errors in " + dir
                    + "; no snapshot written, run `./sourcequiz validate questions` to see them");
            return;
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "bank", ".tmp");
        try (OutputStream file = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
            BankSnapshot.write(asBundled(loaded), out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Messages name bundled files as the jar's loader does: "bundled:questions/<file>". */
    private static LoadResult asBundled(LoadResult loaded) {
        Bank b = loaded.bank();
        List<QuestionSet> sets = b.sets().stream().map(s -> new QuestionSet(s.id(), s.title(), s.description(), s.tags(),
                s.questions(), BankLoader.BUNDLED_PREFIX + s.origin(), s.imported())).toList();
        return new LoadResult(new Bank(b.sources(), sets), loaded.problems(), loaded.questionLocations());
    }
}
