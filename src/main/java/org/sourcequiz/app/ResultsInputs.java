package org.sourcequiz.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files analyze reads: those named, and in each folder named the results files and histories under it. */
final class ResultsInputs {
    /** What one input file holds. */
    enum Type { JSON, CSV, HISTORY }

    record Input(Path file, Type type) {}

    private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ResultsInputs() {}

    static List<Input> expand(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Input> found = folder(p);
                if (found.isEmpty()) {
                    throw new ResultsFileException(p + ": no results files (.json, .csv) or histories (.db) in this folder");
                }
                out.addAll(found);
            } else if (Files.isRegularFile(p)) {
                out.add(new Input(p, byName(p).orElseGet(() -> sniff(p))));
            } else {
                throw new ResultsFileException(p + ": no such file or folder");
            }
        }
        return out;
    }

    private static List<Input> folder(Path dir) {
        // Sorted, so that the same folder gives the same order, and so the same report, every time.
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> !hidden(dir, f)).sorted()
                    .flatMap(f -> byName(f).map(t -> new Input(f, t)).stream()).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ResultsFileException(dir + ": cannot list this folder: " + e.getMessage());
        }
    }

    /** Temporary files of a results file being written start with a dot, as do editors' and version control's. */
    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<Type> byName(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return java.util.Optional.of(Type.JSON);
        } else if (n.endsWith(".csv")) {
            return java.util.Optional.of(Type.CSV);
        } else if (n.endsWith(".db") || n.endsWith(".sqlite") || n.endsWith(".sqlite3")) {
            return java.util.Optional.of(Type.HISTORY);
        }
        return java.util.Optional.empty();
    }

    /** A file named on the command line with another name: its first bytes tell. */
    private static Type sniff(Path f) {
        byte[] head = new byte[SQLITE.length];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ResultsFileException(f + ": cannot read it: " + e.getMessage());
        }
        if (n == SQLITE.length && Arrays.equals(head, SQLITE)) {
            return Type.HISTORY;
        }
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(head[i]) && head[i] != (byte) 0xEF && head[i] != (byte) 0xBB && head[i] != (byte) 0xBF) {
                return head[i] == '{' ? Type.JSON : Type.CSV;
            }
        }
        return Type.CSV;
    }
}
