package org.sourcequiz.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypographyTest {
    @Test
    void foldsQuotesDashesAndSpacesOnly() {
        assertThat(Typography.fold("“Zapad-2021”  –\u00a0Putin’s\n plan"))
                .isEqualTo("\"Zapad-2021\" - Putin's plan");
        assertThat(Typography.fold("C-400")).isEqualTo("C-400");
        assertThat(Typography.fold("Krūms")).isEqualTo("Krūms");
    }

    @Test
    void textWithNothingToFoldComesBackAsItIsAndSpacesStillCollapse() {
        String plain = "Russia and Belarus held a joint exercise.";
        assertThat(Typography.fold(plain)).isSameAs(plain);
        assertThat(Typography.fold("")).isEmpty();
        assertThat(Typography.fold(" ")).isEmpty();
        assertThat(Typography.fold(" a")).isEqualTo("a");
        assertThat(Typography.fold("a ")).isEqualTo("a");
        assertThat(Typography.fold("a  b")).isEqualTo("a b");
        assertThat(Typography.fold("a\tb")).isEqualTo("a b");
        assertThat(Typography.fold("`a`")).isEqualTo("'a'");
    }
}
