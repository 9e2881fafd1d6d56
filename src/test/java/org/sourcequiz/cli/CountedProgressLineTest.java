package org.sourcequiz.cli;

import org.sourcequiz.app.AppContext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountedProgressLineTest {
    private long now;

    @Test
    void nothingInTheFirstSecondThenOneLineRedrawnInPlaceAndErased() {
        StringWriter w = new StringWriter();
        CountedProgressLine p = new CountedProgressLine(new PrintWriter(w), () -> now, "reading file");
        now = 900_000_000L;
        p.update(10, 100);
        assertThat(w.toString()).isEmpty();
        now = 1_100_000_000L;
        p.update(20, 100);
        now += 10_000_000L;
        p.update(21, 100);
        assertThat(w.toString()).as("redrawn at most every tenth of a second").isEqualTo("\rreading file 20 of 100");
        now += 10_000_000L;
        p.update(100, 100);
        p.done();
        assertThat(w.toString()).endsWith("\rreading file 100 of 100\r" + " ".repeat("reading file 100 of 100".length()) + "\r");
    }

    @Test
    void aQuickJobDrawsNothingAndErasesNothing() {
        StringWriter w = new StringWriter();
        CountedProgressLine p = new CountedProgressLine(new PrintWriter(w), () -> now, "reading file");
        p.update(1, 1);
        p.done();
        assertThat(w.toString()).isEmpty();
    }

    @Test
    void withoutATerminalNothingIsWritten() {
        StringWriter err = new StringWriter();
        AppContext ctx = new AppContext(java.nio.file.Path.of("."), Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        CountedProgressLine p = CountedProgressLine.forStderr(ctx, "reading file");
        p.update(1, 2);
        p.done();
        assertThat(err.toString()).isEmpty();
    }
}
