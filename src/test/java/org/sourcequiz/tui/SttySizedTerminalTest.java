package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;

/** The size that the raw-mode stty run prints, which spares the first screen a round trip to the terminal. */
class RawModeTerminalTest {
    @Test
    void readsRowsThenColumns() {
        assertThat(RawModeTerminal.parseSize("30 100\n")).isEqualTo(new TerminalSize(100, 30));
        assertThat(RawModeTerminal.parseSize("24 80")).isEqualTo(new TerminalSize(80, 24));
    }

    /** Then Lanterna asks the terminal itself, as it did before. */
    @Test
    void anythingElseIsNoSize() {
        for (String odd : new String[] {"", "0 0", "30 0", "30", "30 100 7", "rows 30", "-1 80", "30  100x"}) {
            assertThat(RawModeTerminal.parseSize(odd)).as(odd).isNull();
        }
        assertThat(RawModeTerminal.parseSize(null)).isNull();
    }
}
