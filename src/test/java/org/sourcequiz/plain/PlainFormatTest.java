package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;

class PlainFormatTest {

    @Test
    void verdictsReadWithoutColour() {
        assertThat(PlainFormat.verdict(Verdict.RIGHT, false)).isEqualTo("✓ RIGHT");
        assertThat(PlainFormat.verdict(Verdict.WRONG, false)).isEqualTo("✗ WRONG");
        assertThat(PlainFormat.verdict(Verdict.PARTIAL, false)).isEqualTo("~ PARTIAL");
        assertThat(PlainFormat.verdict(Verdict.RIGHT, true)).contains("✓ RIGHT").contains("\u001b[");
    }

    @Test
    void passagesAreSanitisedBeforeTheyAreMarked() {
        String passage = "Evil \u001b[31mred\u202E text with key words.";
        String shown = PlainFormat.marked(passage, List.of("key words"), false);
        assertThat(shown).doesNotContain("\u001b").doesNotContain("\u202E")
                .isEqualTo("Evil \uFFFD[31mred\uFFFD text with *key words*.");
        assertThat(PlainFormat.marked("a b a", List.of("a b", "b a"), false)).isEqualTo("*a b* a");
    }

    @Test
    void citations() {
        assertThat(PlainFormat.citation(new Source("s", "T", List.of("A"), new Published("2021-10-22", false, ""), "", "", "")))
                .isEqualTo("A, “T”, 22 October 2021");
        assertThat(PlainFormat.citation(new Source("s", "T", List.of("A", "B", "C"), new Published("2022-11", true, "why"), "Outlet", "", "")))
                .isEqualTo("A, B and C, “T”, estimated November 2022, Outlet");
        assertThat(PlainFormat.citation(new Source("s", "T", List.of(), Published.unknown(), "", "", "")))
                .isEqualTo("author not named, “T”, date not known");
    }

    @Test
    void numbers() {
        assertThat(PlainFormat.points(1)).isEqualTo("1");
        assertThat(PlainFormat.points(2.0 / 3)).isEqualTo("0.67");
        assertThat(PlainFormat.points(-0.25)).isEqualTo("-0.25");
        assertThat(PlainFormat.time(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(PlainFormat.time(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
