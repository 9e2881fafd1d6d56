package org.sourcequiz.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.sourcequiz.app.BundledSnapshot;

/** Run by the build (exec-maven-plugin, after compiling): see {@link BundledSnapshot}. */
public final class WriteSnapshot {
    private WriteSnapshot() {}

    /** Arguments: the bank folder, the snapshot file to write. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        long errors = BundledSnapshot.write(dir, Path.of(args[1]));
        if (errors > 0) {
            System.err.println("sourcequiz: " + errors + " errors in " + dir
                    + "; no snapshot written, run `./sourcequiz validate questions` to see them");
        }
    }
}
