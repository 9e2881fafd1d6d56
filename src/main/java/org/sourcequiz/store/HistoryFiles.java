package org.sourcequiz.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Where histories live in the data folder. The default profile's history is
 * {@code <data>/history.db}, so a learner who never uses profiles finds one obvious file; another
 * profile's is {@code <data>/profiles/<name>/history.db}, a folder per profile so that a profile
 * can be copied or removed as a whole. The native SQLite library is cached in {@code <data>/native}.
 */
public final class HistoryFiles {
    public static final String DEFAULT_PROFILE = "default";
    public static final String FILE_NAME = "history.db";
    /** Files SQLite keeps beside a database, which belong to it. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    private static final int MAX_PROFILE = 64;

    private HistoryFiles() {}

    /** Whether {@code name} can be a profile: letters, digits, '.', '_' and '-', not starting with a dot. */
    public static boolean isValidProfile(String name) {
        // By hand, not a regular expression: every start checks the profile, and a cold JVM takes
        // milliseconds to compile a pattern.
        if (name.isEmpty() || name.length() > MAX_PROFILE || !letterOrDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public static Path historyFile(Path dataDir, String profile) {
        if (!isValidProfile(profile)) {
            throw new IllegalArgumentException("not a profile name: " + profile);
        }
        return DEFAULT_PROFILE.equals(profile)
                ? dataDir.resolve(FILE_NAME)
                : dataDir.resolve("profiles").resolve(profile).resolve(FILE_NAME);
    }

    public static Path nativeCache(Path dataDir) {
        return dataDir.resolve("native");
    }

    /**
     * Renames a database and its companion files to {@code <name>.damaged-<UTC time>} beside it, so
     * the next start creates a new history while the old file stays for recovery.
     *
     * @return the database's new path
     */
    public static Path moveAside(Path db, Instant now) throws IOException {
        String base = db.getFileName() + ".damaged-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(now);
        Path target = db.resolveSibling(base);
        for (int i = 2; Files.exists(target); i++) {
            target = db.resolveSibling(base + "-" + i);
        }
        List<Path[]> moves = new ArrayList<>();
        moves.add(new Path[] {db, target});
        for (String c : COMPANIONS) {
            Path companion = db.resolveSibling(db.getFileName() + c);
            if (Files.exists(companion)) {
                moves.add(new Path[] {companion, target.resolveSibling(target.getFileName() + c)});
            }
        }
        // Companions first: a database found without its WAL could be opened as if the WAL never existed.
        for (int i = moves.size() - 1; i >= 0; i--) {
            move(moves.get(i)[0], moves.get(i)[1]);
        }
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
