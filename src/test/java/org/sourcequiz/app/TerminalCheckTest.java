package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a terminal from a pipe or a file, as Linux's /proc/self/fd shows them. */
class TerminalCheckTest {
    @TempDir
    Path fd;

    private void link(String n, String target) throws IOException {
        Files.createSymbolicLink(fd.resolve(n), Path.of(target));
    }

    @Test
    void bothOnATerminalIsInteractive() throws IOException {
        link("0", "/dev/pts/3");
        link("1", "/dev/pts/3");
        assertThat(TerminalCheck.procSaysTerminals(fd)).contains(true);
    }

    @Test
    void keysFromAPipeOrScreenToAFileIsNot() throws IOException {
        link("0", "pipe:[81234]");
        link("1", "/dev/pts/3");
        assertThat(TerminalCheck.procSaysTerminals(fd)).contains(false);
        Files.delete(fd.resolve("0"));
        Files.delete(fd.resolve("1"));
        link("0", "/dev/tty1");
        link("1", "/home/ann/out.txt");
        assertThat(TerminalCheck.procSaysTerminals(fd)).contains(false);
    }

    /** Elsewhere (macOS, no /proc) the JDK's console decides. */
    @Test
    void withoutTheLinksItCannotTell() {
        assertThat(TerminalCheck.procSaysTerminals(fd.resolve("missing"))).isEmpty();
    }

    @Test
    void terminalDevices() {
        assertThat(TerminalCheck.isTerminalDevice("/dev/pts/0")).isTrue();
        assertThat(TerminalCheck.isTerminalDevice("/dev/tty2")).isTrue();
        assertThat(TerminalCheck.isTerminalDevice("/dev/ttyS0")).isTrue();
        assertThat(TerminalCheck.isTerminalDevice("/dev/console")).isTrue();
        assertThat(TerminalCheck.isTerminalDevice("/dev/null")).isFalse();
        assertThat(TerminalCheck.isTerminalDevice("socket:[123]")).isFalse();
        assertThat(TerminalCheck.isTerminalDevice("/tmp/dev/pts/1")).isFalse();
    }

    /** Whatever the files are: no TERM, or a dumb one, cannot draw a screen. */
    @Test
    void aDumbOrMissingTermIsNeverInteractive() {
        assertThat(TerminalCheck.interactive(Map.of())).isFalse();
        assertThat(TerminalCheck.interactive(Map.of("TERM", "dumb"))).isFalse();
        assertThat(TerminalCheck.interactive(Map.of("TERM", " "))).isFalse();
    }

    @Test
    void aDumbOrMissingTerminalNeverGetsAProgressLine() {
        assertThat(TerminalCheck.stderrIsTerminal(Map.of())).isFalse();
        assertThat(TerminalCheck.stderrIsTerminal(Map.of("TERM", "dumb"))).isFalse();
    }
}
