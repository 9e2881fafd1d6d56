package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long import shows one progress line on a terminal's stderr, redrawn in place and erased at
 * the end, and nothing when stderr is a file. The built jar runs under `script`, which gives it a
 * terminal and records what reached it.
 */
class ImportProgressIT {
    private static final Path JAR = Path.of("target/sourcequiz.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aLongImportDrawsItsProgressOnTheTerminalAndErasesIt() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/sourcequiz.jar is built by `mvn package`");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script (util-linux) gives the import a terminal");
        // Long enough to pass the first second, after which progress is drawn.
        StringBuilder gift = new StringBuilder();
        for (int i = 0; i < 150_000; i++) {
            gift.append("::q").append(i).append("::Which river flows through Minsk? {=Svislach ~Dnieper ~Neman}\n\n")
                    .append("Minsk lies on the Svislach. {T}\n\n");
        }
        Files.writeString(dir.resolve("big.gift"), gift, StandardCharsets.UTF_8);
        String importLine = "java -cp " + JAR + " " + Main.class.getName() + " import big.gift --out out";

        String typescript = run("script", "-q", "-e", "-c", importLine + " >/dev/null", "typescript");
        String drawn = Files.readString(dir.resolve("typescript"), StandardCharsets.UTF_8);
        assertThat(drawn).as(typescript).contains("\rimporting big.gift: ").contains(" questions");
        String last = drawn.substring(drawn.lastIndexOf("\rimporting big.gift: ") + 1);
        String line = last.substring(0, last.indexOf('\r'));
        assertThat(last.substring(line.length())).as("the line is erased at the end").startsWith("\r" + " ".repeat(line.length()) + "\r");
        assertThat(dir.resolve("out")).isNotEmptyDirectory();

        run("sh", "-c", importLine + " --strict >/dev/null 2>err.txt", "");
        assertThat(Files.readString(dir.resolve("err.txt"))).as("no progress on a file").isEmpty();
    }

    private String run(String... command) throws IOException, InterruptedException {
        List<String> args = List.of(command).subList(0, command.length - (command[command.length - 1].isEmpty() ? 1 : 0));
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().put("TERM", "xterm");
        pb.environment().put("SOURCEQUIZ_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: " + out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
