package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile question files through the command line, as a user meets them: `validate` exits with
 * the input-error code and prints one problem line with its place and a hint, then the summary;
 * `list` refuses the bank in one line on stderr. Never a stack trace. The guard is against hangs,
 * and is wider than the bank tests' because a whole command starts here.
 */
class HostileFilesCliTest {
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final String SOURCES = "format: 1\nsources:\n  - id: demo\n    title: T\n    authors: [A]\n"
            + "    published: 2021-09-30\n    file: demo.txt\n";

    @TempDir
    Path dir;

    interface Maker {
        void make(Path file) throws IOException;
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("q.yaml", "50 MB", (Maker) f -> {
                    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                        raf.write("format: 1\n".getBytes(StandardCharsets.UTF_8));
                        raf.setLength(50L * 1024 * 1024);
                    }
                }, "1:1: error: file is 51200 KiB, over the limit of 4096 KiB (split it into several question sets)"),
                Arguments.of("q.json", "deep nesting", (Maker) f -> Files.writeString(f, "[".repeat(100_000)),
                        "1:35: error: nesting deeper than 32 levels (question files are shallow; check the brackets and indentation near here)"),
                Arguments.of("q.yaml", "billion laughs", (Maker) f -> Files.writeString(f, billionLaughs()),
                        "2:14: error: YAML aliases (*lol0) are not supported (write the value out in full)"),
                Arguments.of("q.yaml", "binary", (Maker) f -> Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 1}),
                        "1:5: error: file contains NUL bytes: it looks binary (question files are UTF-8 text (YAML or JSON))"),
                Arguments.of("q.yaml", "escape sequence", (Maker) f -> Files.writeString(f, "format: 1\ntitle: \"\u001b]0;owned\u0007\"\n"),
                        "2:9: error: the control character U+001B is in the file"
                                + " (remove it: control and bidi characters could take over the student's terminal)"),
                Arguments.of("q.yaml", "symlink loop", (Maker) f -> {
                    Files.createSymbolicLink(f, f.resolveSibling("r.yaml"));
                    Files.createSymbolicLink(f.resolveSibling("r.yaml"), f.getFileName());
                }, "1:1: error: symbolic link leads nowhere: its links form a loop or its target is missing"
                        + " (point it at a question file, or remove it)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void validateNamesTheProblemInOneLine(String name, String what, Maker maker, String problem) throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), SOURCES);
        maker.make(dir.resolve(name));
        CliRun r = assertTimeoutPreemptively(HANG, () -> CliRun.runIn(dir, Map.of(), "validate", name));
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out().lines()).contains(name + ":" + problem)
                .last().asString().matches("\\d+ errors?, 0 warnings; 0 sets, 0 questions read");
        assertThat(r.out().lines().toList().subList(0, (int) r.out().lines().count() - 1))
                .allSatisfy(line -> assertThat(line).matches("q\\.(yaml|json):\\d+:\\d+: error: .+ \\(.+\\)"));
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("\u001b", "Exception", "\tat ");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void aCommandOnTheBankRefusesItInOneLineOnStderr(String name, String what, Maker maker, String problem) throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), SOURCES);
        maker.make(dir.resolve(name));
        CliRun r = assertTimeoutPreemptively(HANG, () -> CliRun.runIn(dir, Map.of(), "list", name));
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).matches("sourcequiz: [^\n]*:\\d+:\\d+: error: [^\n]* \\(\\d+ errors? in the question files; `sourcequiz validate "
                + java.util.regex.Pattern.quote(name) + "` lists them\\)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "format: 1\n");
        Files.writeString(dir.resolve("sources.yaml"), SOURCES);
        f.toFile().setReadable(false);
        Assumptions.assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
        CliRun r = assertTimeoutPreemptively(HANG, () -> CliRun.runIn(dir, Map.of(), "validate", "q.yaml"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.out().lines()).first()
                .isEqualTo("q.yaml:1:1: error: cannot read the file: permission denied (check that it exists and is readable)");
        assertThat(r.err()).isEmpty();
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int i = 1; i <= 9; i++) {
            b.append("lol").append(i).append(": &lol").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*lol" + (i - 1)))).append("]\n");
        }
        return b.toString();
    }
}
