package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

/** The size as `stty size` prints it, which the terminal takes over asking the terminal itself (see SttySizedTerminal). */
class SttySizedTerminalTest {
    @Test
    void readsRowsThenColumns() {
        assertThat(SttySizedTerminal.parseSize("30 100\n")).isEqualTo(new TerminalSize(100, 30));
        assertThat(SttySizedTerminal.parseSize("24 80")).isEqualTo(new TerminalSize(80, 24));
    }

    /** Then Lanterna asks the terminal itself, as it did before. */
    @Test
    void anythingElseIsNoSize() {
        for (String odd : new String[] {"", "0 0", "30 0", "30", "30 100 7", "rows 30", "-1 80", "30  100x"}) {
            assertThat(SttySizedTerminal.parseSize(odd)).as(odd).isNull();
        }
        assertThat(SttySizedTerminal.parseSize(null)).isNull();
    }
}
