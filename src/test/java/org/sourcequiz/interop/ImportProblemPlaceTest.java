package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/** Every import error says where (line and column) and what to do, as the bank's problems do. */
class ImportProblemPlaceTest {
    @Test
    void giftErrorsPointAtTheBraceOrTheAnswerAtFault() {
        Parsed p = GiftReader.read("Fine{T}\n\nNo end {=a ~b\n\n  ::Title {x}::Too few{~only}\n\nMatch{=a -> b =c}\n\n"
                + "Number\n// a comment\n   {#x:1}\n\nClosing } before {T}\n\nEscaped \\{ only}\n");
        assertThat(p.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message).containsExactly(
                tuple(3, 8, GiftReader.BRACE_ERROR),
                tuple(5, 23, GiftReader.MIN_ANSWERS),
                tuple(7, 6, GiftReader.MATCHING_FORMAT),
                tuple(11, 4, GiftReader.NOT_NUMBERS + ": \"x:1\""),
                tuple(13, 9, GiftReader.BRACE_ERROR),
                tuple(15, 16, GiftReader.BRACE_ERROR));
        assertThat(p.problems()).extracting(ImportProblem::hint).containsExactly(
                "end the answers with }, or write a { that is text as \\{",
                "give at least two answers: =right ~wrong",
                "write every pair as =question -> answer (found `c`)",
                "write a number, number:tolerance or min..max, as in {#3:0.5} or {#1..5}; a # that is text is \\#",
                "this } comes before the answers' {: write a } that is text as \\}",
                "start the answers with {, or write a } that is text as \\}");
    }

    @Test
    void theLineReadsLikeAValidationProblem() {
        ImportProblem p = GiftReader.read("\n\nNo end {=a ~b\n").problems().get(0);
        assertThat(p.format("quiz.gift")).isEqualTo("quiz.gift:3:8: error: " + GiftReader.BRACE_ERROR
                + " (end the answers with }, or write a { that is text as \\{)");
        ImportProblem typed = GiftReader.read("Too few{~only}").problems().get(0);
        assertThat(typed.format("q.gift")).startsWith("q.gift:1:8: error multichoice: " + GiftReader.MIN_ANSWERS + " (give");
    }

    @Test
    void aikenErrorsPointAtTheLineStartOrTheAnswerLetter() {
        Parsed p = AikenReader.read("  A) stray\n\nOne?\nA) only\nANSWER: A\n\nFour?\nA) a\nB) b\nANSWER:   D\n\n\tLast?\nA) a\n");
        assertThat(p.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::message).containsExactly(
                tuple(1, 3, AikenReader.NOT_STARTED),
                tuple(5, 1, AikenReader.TOO_FEW),
                tuple(10, 11, AikenReader.NO_SUCH_ANSWER),
                tuple(12, 2, AikenReader.UNFINISHED));
        assertThat(p.problems().get(2).hint()).isEqualTo("write the letter of the right choice, A to B, as ANSWER: B");
        assertThat(p.problems()).allSatisfy(x -> assertThat(x.hint()).isNotBlank());
    }

    @Test
    void xmlErrorsCarryTheParsersLocationAndAHint() {
        Parsed broken = MoodleXmlReader.read("<quiz>\n<question type=\"truefalse\">\n  <name><text>x</name>\n</question></quiz>");
        assertThat(broken.problems()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isBetween(16, 23); // on </name>, where StAX saw the wrong end tag
            assertThat(x.message()).startsWith("not well-formed XML: ");
            assertThat(x.hint()).contains("a tag left open");
        });
        Parsed fraction = MoodleXmlReader.read("<quiz>\n<question type=\"multichoice\">\n  <answer fraction=\"lots\"><text>a</text></answer>\n"
                + "</question></quiz>");
        assertThat(fraction.problems()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(3);
            assertThat(x.column()).isEqualTo(27); // just after <answer fraction="lots">
            assertThat(x.hint()).isEqualTo("write the answer's grade in percent, as in <answer fraction=\"50\">");
        });
        Parsed entity = MoodleXmlReader.read("<quiz>\n<question type=\"essay\"><name><text>&nbsp;</text></name></question></quiz>");
        assertThat(entity.problems()).singleElement().satisfies(x -> {
            assertThat(x.line()).isEqualTo(2);
            assertThat(x.column()).isGreaterThan(1);
            assertThat(x.hint()).startsWith("write the character itself");
        });
    }
}
