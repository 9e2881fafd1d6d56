package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Warnings never go to stderr while the text UI has the terminal, reach the UI and the shell, and come once. */
class WarningsTest {
    private final StringWriter err = new StringWriter();
    private final Warnings warnings = new Warnings(new PrintWriter(err, true));

    @Test
    void withoutTheUiAWarningIsPrintedAtOnceAndOnlyOnce() {
        warnings.warn("the disk is full");
        warnings.warn("the disk is full");
        assertThat(err.toString()).isEqualTo("sourcequiz: warning: the disk is full" + System.lineSeparator());
    }

    @Test
    void whileTheUiHasTheTerminalItIsShownThereAndPrintedWhenTheTerminalIsBack() {
        warnings.uiOpened();
        warnings.warn("the folder /d is read-only");
        warnings.warn("the folder /d is read-only");
        assertThat(err.toString()).isEmpty();
        assertThat(warnings.nextForUi()).contains("the folder /d is read-only");
        assertThat(warnings.nextForUi()).isEmpty();
        warnings.uiClosed();
        assertThat(err.toString()).isEqualTo("sourcequiz: warning: the folder /d is read-only" + System.lineSeparator());
        warnings.uiClosed();
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aWarningGivenJustBeforeTheUiOpensIsShownInItToo() {
        warnings.warn("the history is damaged");
        warnings.uiOpened();
        assertThat(warnings.nextForUi()).contains("the history is damaged");
        warnings.uiClosed();
        assertThat(err.toString().lines()).containsExactly("sourcequiz: warning: the history is damaged");
    }
}
