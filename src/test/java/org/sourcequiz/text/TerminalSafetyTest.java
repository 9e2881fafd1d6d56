package org.sourcequiz.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalSafetyTest {
    @Test
    void escapesAndBidiOverridesNeverSurvive() {
        String hostile = "red\u001b[31m bell\u0007 csi\u009b rlo\u202e end";
        String safe = TerminalSafety.sanitize(hostile);
        assertThat(safe).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e");
        assertThat(safe).isEqualTo("red\ufffd[31m bell\ufffd csi\ufffd rlo\ufffd end");
        assertThat(TerminalSafety.firstUnsafe(safe)).isEqualTo(-1);
    }

    @Test
    void ordinaryUnicodeAndNewlinesAreKept() {
        String text = "Krūms — «Лукашенко»\n“quotes”";
        assertThat(TerminalSafety.sanitize(text)).isSameAs(text);
    }
}
