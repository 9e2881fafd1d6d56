package org.sourcequiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in the data folder. Left alone, the driver copies the library
 * out of the jar into a new, randomly named temporary file on every start (a megabyte, measured at
 * about 180 ms of start-up here); pointing {@code org.sqlite.lib.path} at a copy made once lets it
 * load straight away. Setting {@code org.sqlite.tmpdir} would not do: the driver still extracts to
 * a fresh name each time. If the folder cannot be written, nothing is set and the driver does as it
 * always does.
 */
public final class NativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final String RESOURCE_ROOT = "/org/sqlite/native/";

    private NativeLibrary() {}

    /**
     * Makes sure the library is in {@code cacheDir} and tells the driver to load it from there.
     * Must run before the first connection; does nothing if the driver was already pointed
     * somewhere by the user.
     *
     * @return the library file used, or empty when the driver is left to its default
     */
    public static Optional<Path> useCacheIn(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String folder = LibraryLoaderUtil.getNativeLibResourcePath();
        String resource = folder + "/" + name;
        if (SQLiteJDBCLoader.class.getResource(resource) == null) {
            return Optional.empty();
        }
        String platform = folder.startsWith(RESOURCE_ROOT) ? folder.substring(RESOURCE_ROOT.length()) : "unknown";
        Path dir = cacheDir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
        Path lib = dir.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                extract(resource, dir, lib);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        System.setProperty(PATH_PROPERTY, dir.toString());
        System.setProperty(NAME_PROPERTY, name);
        return Optional.of(lib);
    }

    /** Copies to a temporary name and renames, so a start that races this one never loads half a file. */
    private static void extract(String resource, Path dir, Path lib) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, lib.getFileName().toString(), ".part");
        try {
            URLConnection c = SQLiteJDBCLoader.class.getResource(resource).openConnection();
            c.setUseCaches(false);
            try (InputStream in = c.getInputStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
