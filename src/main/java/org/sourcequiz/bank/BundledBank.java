package org.sourcequiz.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The bank packed into the jar (or into target/classes when run from a build). */
public final class BundledBank {
    private static final String MARKER = "questions/sources.yaml";
    /** Written by the build (cli.WriteSnapshot); not a question file, so folder loading skips it. */
    static final String SNAPSHOT = "questions/bank.snapshot";

    private BundledBank() {}

    /** The folder holding the bundled question files. */
    public static Path root() {
        URL url = BundledBank.class.getClassLoader().getResource(MARKER);
        if (url == null) {
            throw new IllegalStateException("the bundled bank is missing from the jar; rebuild with `mvn clean package`");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String s = url.toString();
                java.net.URI jar = java.net.URI.create(s.substring(0, s.indexOf("!/")));
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(jar, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(jar);
                }
                return fs.getPath("/questions");
            }
            return Path.of(url.toURI()).getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The build-time snapshot of the bundled bank; empty when the build wrote none (the bank had
     * errors) or it cannot be read, and the caller reads the files instead.
     */
    static Optional<LoadResult> snapshot() {
        InputStream raw = BundledBank.class.getClassLoader().getResourceAsStream(SNAPSHOT);
        if (raw == null) {
            return Optional.empty();
        }
        try (raw) {
            return Optional.of(BankSnapshot.read(raw.readAllBytes()));
        } catch (IOException | RuntimeException damaged) {
            // The question files in the same jar are the truth; reading them reports any problem.
            return Optional.empty();
        }
    }

    static boolean isBundled(Path p) {
        return !p.getFileSystem().equals(FileSystems.getDefault());
    }
}
