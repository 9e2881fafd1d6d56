package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class AikenReaderTest {
    @Test
    void bothLabelStylesAndTheAnswerLetter() {
        Parsed p = AikenReader.read("Which city is on the Neman?\nA. Grodno\nB) Minsk\nC. Gomel\nANSWER: A\n\n"
                + "Second?\r\nA) x\r\nB) y\r\nANSWER: B\r\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.questions()).extracting(q -> q.text().text(), MoodleQuestion::line)
                .containsExactly(tuple("Which city is on the Neman?", 1), tuple("Second?", 7));
        MoodleQuestion q = p.questions().get(0);
        assertThat(q.qtype()).isEqualTo("multichoice");
        assertThat(q.answers()).extracting(a -> a.text().text(), MoodleAnswer::fraction)
                .containsExactly(tuple("Grodno", 1.0), tuple("Minsk", 0.0), tuple("Gomel", 0.0));
        assertThat(q.text().format()).isEqualTo(TextFormat.PLAIN);
    }

    @Test
    void moodlesErrorsWithLineNumbers() {
        Parsed p = AikenReader.read("A) stray\n\nOne?\nA) only\nANSWER: A\n\nTwo?\nThree?\nA) a\nB) b\nANSWER: B\n\nFour?\nA) a\nB) b\nANSWER: D\n");
        assertThat(p.questions()).extracting(q -> q.text().text()).containsExactly("Three?");
        assertThat(p.problems()).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                tuple(1, AikenReader.NOT_STARTED),
                tuple(5, AikenReader.TOO_FEW),
                tuple(7, AikenReader.NOT_COMPLETED + " (line 8)"),
                tuple(16, AikenReader.NO_SUCH_ANSWER));
    }

    @Test
    void anUnfinishedLastQuestionIsAnError() {
        Parsed p = AikenReader.read("Last?\nA) a\nB) b\n");
        assertThat(p.problems()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(1);
            assertThat(x.severity()).isEqualTo(ImportProblem.ERROR);
        });
    }

    @Test
    void detectedFromContent() {
        assertThat(InteropFormat.detect("x.txt", "Q?\nA) a\nB) b\nANSWER: A\n")).isEqualTo(InteropFormat.AIKEN);
        assertThat(InteropFormat.detect("x.txt", "Q?{=a ~b}")).isEqualTo(InteropFormat.GIFT);
        assertThat(InteropFormat.detect("x.txt", "\uFEFF<?xml version=\"1.0\"?><quiz/>".substring(1))).isEqualTo(InteropFormat.MOODLEXML);
    }
}
