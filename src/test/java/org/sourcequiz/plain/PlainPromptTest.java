package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlainPromptTest {
    @Test
    void theQuestionStaysOnTheLineOfTheAnswer() {
        StringWriter out = new StringWriter();
        assertThat(PlainPrompt.ask(new BufferedReader(new StringReader(" y \nnext\n")), new PrintWriter(out), "Resume? [Y/n] "))
                .isEqualTo(" y ");
        assertThat(out.toString()).isEqualTo("Resume? [Y/n] ");
    }

    @Test
    void endOfInputIsNullAndEndsThePromptsLine() {
        StringWriter out = new StringWriter();
        assertThat(PlainPrompt.ask(new BufferedReader(new StringReader("")), new PrintWriter(out), "Resume? [Y/n] ")).isNull();
        assertThat(out.toString()).isEqualTo("Resume? [Y/n] " + System.lineSeparator());
    }
}
