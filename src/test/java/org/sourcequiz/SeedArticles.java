package org.sourcequiz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five articles the bundled bank cites, in {@code ../shared/seeds} beside the checkout, where
 * CI puts them. They are not distributed with the project, so a test that reads them is skipped
 * (not failed) in a clone without them.
 */
public final class SeedArticles {
    private static final Path DIR = Path.of("../shared/seeds").toAbsolutePath().normalize();

    private SeedArticles() {}

    public static Path dir() {
        assumeTrue(Files.isDirectory(DIR), "the articles are not in ../shared/seeds (they are not distributed with the project)");
        return DIR;
    }
}
