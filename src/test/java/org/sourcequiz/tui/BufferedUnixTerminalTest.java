package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

/** The size `stty size` prints, which a resize storm needs (signals.sh drives the storm itself). */
class BufferedUnixTerminalTest {
    @Test
    void readsRowsThenColumns() {
        assertThat(BufferedUnixTerminal.parseSize("30 100\n")).isEqualTo(new TerminalSize(100, 30));
        assertThat(BufferedUnixTerminal.parseSize("24 80")).isEqualTo(new TerminalSize(80, 24));
    }

    /** Then Lanterna asks the terminal itself. */
    @Test
    void anythingElseIsNoSize() {
        for (String odd : new String[] {"", "0 0", "30 0", "30", "30 100 7", "rows 30", "-1 80", "30  100x"}) {
            assertThat(BufferedUnixTerminal.parseSize(odd)).as(odd).isNull();
        }
        assertThat(BufferedUnixTerminal.parseSize(null)).isNull();
    }
}
