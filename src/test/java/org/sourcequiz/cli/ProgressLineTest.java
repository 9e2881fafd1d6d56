package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.app.AppContext;

class ProgressLineTest {
    private long now;

    @Test
    void nothingInTheFirstSecondThenOneLineRedrawnInPlaceAndErased() {
        StringWriter w = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(w), () -> now);
        now = 900_000_000L;
        p.count("reading file", 10, 100);
        assertThat(w.toString()).isEmpty();
        now = 1_100_000_000L;
        p.count("reading file", 20, 100);
        now += 10_000_000L;
        p.count("reading file", 21, 100);
        assertThat(w.toString()).as("redrawn at most every tenth of a second").isEqualTo("\rreading file 20 of 100");
        now += 10_000_000L;
        p.count("reading file", 100, 100);
        p.close();
        assertThat(w.toString()).endsWith("\rreading file 100 of 100\r" + " ".repeat("reading file 100 of 100".length()) + "\r");
    }

    @Test
    void aQuickJobDrawsNothingAndErasesNothing() {
        StringWriter w = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(w), () -> now);
        p.count("reading file", 1, 1);
        p.close();
        assertThat(w.toString()).isEmpty();
    }

    @Test
    void withoutATerminalNothingIsWritten() {
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(java.nio.file.Path.of("."), Map.of("TERM", "xterm"), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        // Under the test runner stderr is a pipe or a file, not a terminal, whatever TERM says.
        ProgressLine p = ProgressLine.forStderr(ctx);
        p.count("reading file", 1, 2);
        p.show("importing a.gift");
        p.close();
        assertThat(err.toString()).isEmpty();
    }
}
