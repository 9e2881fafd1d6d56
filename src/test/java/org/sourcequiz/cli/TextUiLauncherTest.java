package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the text UI ended becomes the exit code the shell expects: 128 + the signal's number, 130 for Ctrl-C. */
class TextUiLauncherTest {
    @Test
    void exitCodesFollowTheShell() {
        assertThat(new TextUiLauncher.Ended(true, 0).exitCode()).isEqualTo(130);
        assertThat(new TextUiLauncher.Ended(false, 15).exitCode()).isEqualTo(143);
        assertThat(new TextUiLauncher.Ended(false, 1).exitCode()).isEqualTo(129);
        assertThat(new TextUiLauncher.Ended(true, 15).exitCode()).as("a signal after Ctrl-C is what ended it").isEqualTo(143);
        assertThat(new TextUiLauncher.Ended(false, 0).exitCode()).isZero();
    }
}
