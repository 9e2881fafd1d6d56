package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibraryTest {
    @TempDir
    Path dir;
    private String savedPath;
    private String savedName;

    @BeforeEach
    void clear() {
        savedPath = System.clearProperty(NativeLibrary.PATH_PROPERTY);
        savedName = System.clearProperty(NativeLibrary.NAME_PROPERTY);
    }

    /** The properties are the JVM's: put back what was there so other tests load the driver as before. */
    @AfterEach
    void restore() {
        restore(NativeLibrary.PATH_PROPERTY, savedPath);
        restore(NativeLibrary.NAME_PROPERTY, savedName);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void extractsOnceAndPointsTheDriverAtTheCopy() throws Exception {
        Optional<Path> first = NativeLibrary.useCacheIn(dir);
        assertThat(first).isPresent();
        Path lib = first.get();
        assertThat(lib).startsWith(dir).isRegularFile();
        assertThat(Files.size(lib)).isGreaterThan(100_000);
        assertThat(System.getProperty(NativeLibrary.PATH_PROPERTY)).isEqualTo(lib.getParent().toString());
        assertThat(System.getProperty(NativeLibrary.NAME_PROPERTY)).isEqualTo(lib.getFileName().toString());

        FileTime written = Files.getLastModifiedTime(lib);
        System.clearProperty(NativeLibrary.PATH_PROPERTY);
        assertThat(NativeLibrary.useCacheIn(dir)).contains(lib);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(written);
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).containsExactly(lib);
        }
    }

    @Test
    void leavesAPathTheUserChoseAlone() {
        System.setProperty(NativeLibrary.PATH_PROPERTY, "/opt/sqlite");
        assertThat(NativeLibrary.useCacheIn(dir)).isEmpty();
        assertThat(System.getProperty(NativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/sqlite");
    }
}
