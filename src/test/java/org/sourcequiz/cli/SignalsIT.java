package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs src/test/sh/signals.sh on the packaged jar in tmux: Ctrl-C and SIGTERM on every screen,
 * a resize storm, a read-only data folder and a full disk. Without tmux this fails rather than
 * skips, since a skipped test would hide that none of it was checked; SOURCEQUIZ_SKIP_TMUX=1 skips
 * it on purpose (say, on a machine where tmux cannot be installed).
 */
class SignalsIT {
    private static final Path JAR = Path.of("target/sourcequiz.jar");
    private static final Path SCRIPT = Path.of("src/test/sh/signals.sh");

    @Test
    void everyScreenSurvivesSignalsResizesAndAHistoryThatCannotBeWritten() throws Exception {
        assumeFalse("1".equals(System.getenv("SOURCEQUIZ_SKIP_TMUX")), "SOURCEQUIZ_SKIP_TMUX=1");
        assertThat(JAR).as("target/sourcequiz.jar is built by `mvn package`").isRegularFile();
        if (!onPath("tmux")) {
            fail("tmux is needed for the end-to-end signal tests: install it (`apt-get install tmux`; .ci/run does),"
                    + " or set SOURCEQUIZ_SKIP_TMUX=1 to skip them knowingly");
        }
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), JAR.toString()).redirectErrorStream(true).start();
        boolean done = p.waitFor(240, TimeUnit.SECONDS);
        if (!done) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("the script finished within four minutes: " + output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("signals: ok");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
