package org.sourcequiz.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.study.Charts.Bar;
import org.sourcequiz.study.Charts.Glyphs;

class ChartsTest {
    @Test
    void barsAreDrawnToAnEighthOfACharacter() {
        assertThat(Charts.bar(0.5, 1, 10, Glyphs.UNICODE)).isEqualTo("█████     ");
        assertThat(Charts.bar(0.55, 1, 10, Glyphs.UNICODE)).isEqualTo("█████▌    ");
        assertThat(Charts.bar(1, 1, 4, Glyphs.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(2, 1, 4, Glyphs.UNICODE)).isEqualTo("████");
        assertThat(Charts.bar(0, 1, 4, Glyphs.UNICODE)).isEqualTo("    ");
        assertThat(Charts.bar(5, 0, 4, Glyphs.UNICODE)).isEqualTo("    ");
    }

    @Test
    void asciiBarsRoundToWholeCharacters() {
        assertThat(Charts.bar(0.55, 1, 10, Glyphs.ASCII)).isEqualTo("######    ");
        assertThat(Charts.bar(0.54, 1, 10, Glyphs.ASCII)).isEqualTo("#####     ");
    }

    @Test
    void chartLinesAlignLabelsAndShowTheirValues() {
        List<String> lines = Charts.bars(List.of(new Bar("today", 3, "3"), new Bar("tomorrow", 6, "6")), 6, 6, Glyphs.UNICODE);
        assertThat(lines).containsExactly(
                "today    │███   │ 3",
                "tomorrow │██████│ 6");
        List<String> ascii = Charts.bars(List.of(new Bar("a", 1, "100%"), new Bar("bb", 0.5, "50%")), 1, 4, Glyphs.ASCII);
        assertThat(ascii).containsExactly(
                "a  |####| 100%",
                "bb |##  | 50%");
    }

    @Test
    void longLabelsAreCut() {
        String label = "a".repeat(40);
        String line = Charts.bars(List.of(new Bar(label, 1, "x")), 1, 2, Glyphs.ASCII).get(0);
        assertThat(line).startsWith("a".repeat(25) + "... |##|");
        assertThat(Charts.truncate(label, 28, Glyphs.UNICODE)).hasSize(28).endsWith("…");
    }

    @Test
    void sparklinesShowGapsForMissingData() {
        assertThat(Charts.sparkline(Arrays.asList(0.0, 0.5, 1.0, null), 1, Glyphs.UNICODE)).isEqualTo("▁▅█·");
        assertThat(Charts.sparkline(Arrays.asList(0.0, 0.5, 1.0, null), 1, Glyphs.ASCII)).isEqualTo("_+#.");
    }
}
