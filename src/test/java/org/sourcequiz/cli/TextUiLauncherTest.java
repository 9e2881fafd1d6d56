package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcequiz.tui.TerminalRun;

/** How the text UI ended becomes the exit code the shell expects: 128 + the signal's number, 130 for Ctrl-C. */
class TextUiLauncherTest {
    @Test
    void exitCodesFollowTheShell() {
        assertThat(TextUiLauncher.exitCode(new TerminalRun.Ended(true, 0))).isEqualTo(130);
        assertThat(TextUiLauncher.exitCode(new TerminalRun.Ended(false, 15))).isEqualTo(143);
        assertThat(TextUiLauncher.exitCode(new TerminalRun.Ended(false, 1))).isEqualTo(129);
        assertThat(TextUiLauncher.exitCode(new TerminalRun.Ended(true, 15))).as("a signal after Ctrl-C is what ended it").isEqualTo(143);
        assertThat(TextUiLauncher.exitCode(new TerminalRun.Ended(false, 0))).isZero();
    }
}
