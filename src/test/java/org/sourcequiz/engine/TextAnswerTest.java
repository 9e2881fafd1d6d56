package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAnswerTest {

    @ParameterizedTest(name = "`{0}` matches `{1}`")
    @CsvSource(delimiter = '|', value = {
            "Krums | Krūms",
            "KRŪMS | Krūms",
            "krums. | Krūms",
            "  gatis   krums  | Gatis Krūms",
            "Gatis Krūms! | Gatis Krūms",
            "Lukashenka | Lukashenko",
            "Lukashenko | Lukashenko",
            "Lukahsenko | Lukashenko",
            "Aleksandr Lukashenko | Lukashenko",
            "Wagnr | Wagner",
            "Zapad 2021 | Zapad-2021",
            "Zapad2021 | Zapad-2021",
            "Collective Security Treaty Organisation | Collective Security Treaty Organization",
            "Colective Securty Treaty Organization | Collective Security Treaty Organization",
            "O'Brien | OBrien",
    })
    void accepts(String given, String accepted) {
        assertThat(TextAnswer.matches(given, List.of(accepted))).isTrue();
    }

    @ParameterizedTest(name = "`{0}` does not match `{1}`")
    @CsvSource(delimiter = '|', value = {
            "US | EU",
            "Krums | Gatis Krūms",
            "Putin | Lukashenko",
            "Wagon | Wagner",
            "Lukaschenkova | Lukashenko",
            "'' | Lukashenko",
            "... | Lukashenko",
    })
    void rejects(String given, String accepted) {
        assertThat(TextAnswer.matches(given, List.of(accepted))).isFalse();
    }

    @Test
    void anyAcceptedAnswerWillDo() {
        assertThat(TextAnswer.matches("Krums", List.of("Gatis Krūms", "Krūms"))).isTrue();
        assertThat(TextAnswer.matches("CSTO", List.of("Collective Security Treaty Organization", "CSTO"))).isTrue();
    }

    @Test
    void typosForgivenGrowWithLength() {
        assertThat(TextAnswer.typosForgiven(2)).isZero();
        assertThat(TextAnswer.typosForgiven(5)).isEqualTo(1);
        assertThat(TextAnswer.typosForgiven(8)).isEqualTo(1);
        assertThat(TextAnswer.typosForgiven(9)).isEqualTo(2);
    }

    @Test
    void normalisesCaseDiacriticsPunctuationAndSpaces() {
        assertThat(TextAnswer.normalise("  Gatis   KRŪMS, “the author” ")).isEqualTo("gatis krums the author");
        assertThat(TextAnswer.normalise("Łukaszenka")).isEqualTo("lukaszenka");
    }
}
