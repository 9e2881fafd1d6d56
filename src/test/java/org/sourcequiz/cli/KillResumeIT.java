package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs src/test/sh/kill-resume.sh on the packaged jar: a quiz killed with SIGKILL keeps its answers. */
class KillResumeIT {
    private static final Path JAR = Path.of("target/sourcequiz.jar");
    private static final Path SCRIPT = Path.of("src/test/sh/kill-resume.sh");

    @Test
    void answersSurviveSigkill() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/sourcequiz.jar is built by `mvn package`");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "needs bash");
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), JAR.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("the script finished within two minutes: " + output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("kill-resume: ok");
    }
}
