package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher on the packaged jar, in a copy of the project's layout (so it never rebuilds the
 * real target/ under a running build): it makes a class-data archive, uses it, and whatever
 * state the archive is in, stdout carries only the program's output.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/sourcequiz.jar");

    @TempDir
    Path home;

    @Test
    void makesAnArchiveAndNeverLetsTheJvmWriteToStdout() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/sourcequiz.jar is built by `mvn package`");
        Path launcher = home.resolve("sourcequiz");
        Files.copy(Path.of("sourcequiz"), launcher);
        launcher.toFile().setExecutable(true);
        Files.createDirectories(home.resolve("target"));
        Path jar = Files.copy(JAR, home.resolve("target/sourcequiz.jar"));
        Path archive = home.resolve("target/sourcequiz.jsa");
        String version = String.join("\n", VersionProvider.lines()) + "\n";

        Result first = run(launcher, "--version");
        assertThat(first.out).isEqualTo(version);
        assertThat(archive).as("the launcher made a class-data archive").isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);

        // A damaged archive that looks current (newer than the jar, same JVM) is skipped by the JVM.
        Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));
        Result damaged = run(launcher, "--version");
        assertThat(damaged.out).isEqualTo(version);

        // A jar newer than its archive gets a new one before it runs.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
        Result rebuilt = run(launcher, "--version");
        assertThat(rebuilt.out).isEqualTo(version);
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    }

    private record Result(String out, String err) {}

    private Result run(Path launcher, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = launcher.toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().put("SOURCEQUIZ_HOME", home.resolve("data").toString());
        pb.environment().put("TMPDIR", Files.createDirectories(home.resolve("tmp")).toString());
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        Result r = new Result(Files.readString(out), Files.readString(err));
        assertThat(done).as("the launcher finished within two minutes: " + r).isTrue();
        assertThat(p.exitValue()).as(r.toString()).isZero();
        return r;
    }
}
