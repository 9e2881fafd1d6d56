package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.HostileBank;
import org.sourcequiz.text.TerminalSafety;

/**
 * The second guard on the plain path: a bank that skipped validation, with controls and bidi
 * characters in every text, run as a whole quiz with answers, refused lines, help and an echo of
 * hostile input. The output holds none of them, except the colour codes plain mode writes itself.
 */
class TerminalSafetyOutputTest {
    /** The only escape sequences plain mode may write: its own bold and colours. */
    private static final String OWN_COLOURS = "\u001b\\[(1|22|31|32|33|39)m";

    @ParameterizedTest(name = "{0}, colour {1}")
    @CsvSource({"PRACTICE, false", "PRACTICE, true", "EXAM, false", "FLASHCARD, false", "FLASHCARD, true"})
    void aWholeQuizPrintsNothingUnsafe(Mode mode, boolean color) {
        QuizSession s = QuizSession.start(QuizPlan.ofIds(HostileBank.bank(), HostileBank.IDS, 1), QuizOptions.of(mode),
                Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC), "hostile", AnswerListener.NONE);
        StringWriter out = new StringWriter();
        String input = String.join("\n", mode == Mode.FLASHCARD ? flashcardLines() : answerLines()) + "\n";
        new PlainQuiz(new BufferedReader(new StringReader(input)), new PrintWriter(out), color, true).run(s);

        String printed = out.toString();
        assertThat(printed).contains("prompt", "Score:");
        if (mode != Mode.EXAM) {
            assertThat(printed).contains("passage", "Ann");
        }
        String withoutOwnColours = printed.replaceAll(OWN_COLOURS, "");
        assertThat(color || withoutOwnColours.equals(printed)).as("colour codes without colour").isTrue();
        assertThat(HostileBank.unsafeIn(withoutOwnColours)).as("unsafe characters in:%n%s", printed).isEmpty();
        assertThat(s.grades()).hasSize(HostileBank.IDS.size());
    }

    /** For each kind in bank order: a refused line, help, then an answer. */
    private static List<String> answerLines() {
        String evil = "\u001b[2J" + HostileBank.BAD.replace("\r", "");
        return List.of(evil, ":help", "1",
                evil, "1,3",
                evil, "t",
                evil, ":" + evil, "200000",
                evil, "9.9.2021",
                "Krums",
                evil, "3 1 2",
                evil, "1a 2b");
    }

    private static List<String> flashcardLines() {
        return List.of("", "3", "", "1", "", "2", "", "4", "", "3", "", "3", "", "3", "", "3");
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void formattingHelpersNeverPassControlsThrough(boolean color) {
        String bad = HostileBank.bad("x");
        assertThat(HostileBank.unsafeIn(PlainFormat.marked(bad, List.of(bad.substring(2, 12), bad), color)
                .replaceAll(OWN_COLOURS, ""))).isEmpty();
        assertThat(HostileBank.unsafeIn(PlainFormat.safe(bad))).isEmpty();
        assertThat(TerminalSafety.firstUnsafe(PlainFormat.citation(HostileBank.bank().sources().get(0)))).isEqualTo(-1);
    }
}
