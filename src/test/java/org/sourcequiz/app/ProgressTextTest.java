package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTextTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aShorterMessageCoversTheLongerOneAndALongOneIsCutToTheTerminalWidth() {
        ProgressText p = new ProgressText(0);
        assertThat(p.show("importing bank.gift", false, SECOND / 2)).as("the first second").isNull();
        assertThat(p.show("importing bank.gift: 1200 questions", false, 2 * SECOND)).isEqualTo("\rimporting bank.gift: 1200 questions");
        assertThat(p.show("importing b.gift", false, 2 * SECOND + SECOND / 20)).as("a twentieth of a second later").isNull();
        assertThat(p.show("importing b.gift", false, 3 * SECOND))
                .isEqualTo("\rimporting b.gift" + " ".repeat("importing bank.gift: 1200 questions".length() - "importing b.gift".length()));
        assertThat(p.show("x".repeat(200), false, 4 * SECOND)).isEqualTo("\r" + "x".repeat(79));
        assertThat(p.erase()).isEqualTo("\r" + " ".repeat(79) + "\r");
    }

    @Test
    void theLastCountIsDrawnAtOnceAndNothingDrawnIsNothingToErase() {
        ProgressText p = new ProgressText(0);
        assertThat(p.erase()).isNull();
        assertThat(p.show("reading file 5 of 9", false, SECOND)).isNotNull();
        assertThat(p.show("reading file 9 of 9", true, SECOND + 1)).isEqualTo("\rreading file 9 of 9");
    }
}
