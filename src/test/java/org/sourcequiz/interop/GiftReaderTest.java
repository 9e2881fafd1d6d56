package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each case Moodle's GIFT importer reads, in files written for these tests. */
class GiftReaderTest {
    private static MoodleQuestion only(String gift) {
        Parsed p = GiftReader.read(gift);
        assertThat(p.problems()).isEmpty();
        assertThat(p.questions()).hasSize(1);
        return p.questions().get(0);
    }

    private static List<Double> fractions(MoodleQuestion q) {
        return q.answers().stream().map(MoodleAnswer::fraction).toList();
    }

    private static List<String> texts(MoodleQuestion q) {
        return q.answers().stream().map(a -> a.text().text()).toList();
    }

    @Test
    void titleIdTagsAndCategory() {
        Parsed p = GiftReader.read("$CATEGORY: $course$/top/Lakes\n\n// [id:lake-1] [tag:water]\n// [tag: big lakes ]\n"
                + "::Largest lake::Which lake is the largest in Europe?{=Ladoga ~Onega}\n");
        MoodleQuestion q = p.questions().get(0);
        assertThat(q.name()).isEqualTo("Largest lake");
        assertThat(q.idNumber()).isEqualTo("lake-1");
        assertThat(q.tags()).containsExactly("water", "big lakes");
        assertThat(q.category()).isEqualTo("$course$/top/Lakes");
        assertThat(q.text().text()).isEqualTo("Which lake is the largest in Europe?");
        assertThat(q.line()).isEqualTo(5);
    }

    @Test
    void singleChoiceWithFeedbackAndGeneralFeedbackTheLastWins() {
        // Moodle splits at the last ####: an earlier one stays in the answer before it.
        MoodleQuestion q = only("Pick one{=yes#good ~no#bad ####first####second}");
        assertThat(q.qtype()).isEqualTo("multichoice");
        assertThat(q.single()).isTrue();
        assertThat(texts(q)).containsExactly("yes", "no");
        assertThat(fractions(q)).containsExactly(1.0, 0.0);
        assertThat(q.answers().get(0).feedback().text()).isEqualTo("good");
        assertThat(q.answers().get(1).feedback().text()).isEqualTo("bad ####first");
        assertThat(q.generalFeedback().text()).isEqualTo("second");
    }

    @Test
    void weightsNegativeAndDecimalMakeSeveralAnswers() {
        MoodleQuestion q = only("Pick{~%33.33333%a ~%66.66667%b ~%-50%c ~d}");
        assertThat(q.single()).isFalse();
        List<Double> f = fractions(q);
        assertThat(f.get(0)).isCloseTo(0.3333333, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.get(1)).isCloseTo(0.6666667, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.subList(2, 4)).containsExactly(-0.5, 0.0);
    }

    @Test
    void multiLineAnswersAndFeedback() {
        MoodleQuestion q = only("Pick\n{\n  =right answer\n    #this feedback\n    goes on\n  ~wrong\n}");
        assertThat(texts(q)).containsExactly("right answer", "wrong");
        assertThat(q.answers().get(0).feedback().text()).isEqualTo("this feedback\n    goes on");
    }

    @Test
    void everyEscapeAsMoodle() {
        MoodleQuestion q = only("a\\:b \\# \\= \\{x\\} \\~ back\\\\slash line\\nbreak{=ok\\=fine ~no}");
        assertThat(q.text().text()).isEqualTo("a:b # = {x} ~ back\\slash line\nbreak");
        assertThat(texts(q)).containsExactly("ok=fine", "no");
    }

    @Test
    void anUnescapedEqualsInTheTextIsText() {
        MoodleQuestion q = only("What is 2+2=?{=4 ~5}");
        assertThat(q.text().text()).isEqualTo("What is 2+2=?");
    }

    @Test
    void missingWordPutsTheBlankInThePrompt() {
        MoodleQuestion q = only("Vilnius is the capital of {=Lithuania ~Latvia} today.");
        assertThat(q.text().text()).isEqualTo("Vilnius is the capital of _____ today.");
    }

    @Test
    void aStrayQuoteAfterTheBlockIsAMissingWordAsInMoodle() {
        MoodleQuestion q = only("Is it?{=yes ~no}\";");
        assertThat(q.text().text()).isEqualTo("Is it?_____\";");
        assertThat(q.qtype()).isEqualTo("multichoice");
    }

    @Test
    void trueFalseEveryWayWithItsTwoFeedbacks() {
        for (String t : List.of("T", "TRUE", " TRUE ")) {
            MoodleQuestion q = only("Snow is white.{" + t + "#wrong fb#right fb}");
            assertThat(q.qtype()).isEqualTo("truefalse");
            assertThat(q.answers().get(0).fraction()).isEqualTo(1.0);
            assertThat(q.answers().get(0).feedback().text()).isEqualTo("right fb");
            assertThat(q.answers().get(1).feedback().text()).isEqualTo("wrong fb");
        }
        MoodleQuestion f = only("Snow is black.{FALSE#wrong fb#right fb}");
        assertThat(f.answers().get(1).fraction()).isEqualTo(1.0);
        assertThat(f.answers().get(1).feedback().text()).isEqualTo("right fb");
        assertThat(f.answers().get(0).feedback().text()).isEqualTo("wrong fb");
        assertThat(only("Snow is black.{F}").answers().get(1).fraction()).isEqualTo(1.0);
    }

    @Test
    void lowercaseTrueIsAShortAnswerAsInMoodle() {
        assertThat(only("Say it{true}").qtype()).isEqualTo("shortanswer");
    }

    @Test
    void shortAnswerWithWeightsAndWildcard() {
        MoodleQuestion q = only("Who?{=Lukashenko =%50%Lukash* #almost}");
        assertThat(q.qtype()).isEqualTo("shortanswer");
        assertThat(texts(q)).containsExactly("Lukashenko", "Lukash*");
        assertThat(fractions(q)).containsExactly(1.0, 0.5);
        assertThat(q.answers().get(1).feedback().text()).isEqualTo("almost");
    }

    @Test
    void numericalToleranceRangeSeveralAnswersAndWrongFeedback() {
        MoodleQuestion a = only("How many?{#3:2}");
        assertThat(a.qtype()).isEqualTo("numerical");
        assertThat(a.answers().get(0).text().text()).isEqualTo("3");
        assertThat(a.answers().get(0).tolerance()).isEqualByComparingTo("2");

        MoodleQuestion r = only("How many?{#1..5}");
        assertThat(r.answers().get(0).text().text()).isEqualTo("3");
        assertThat(r.answers().get(0).tolerance()).isEqualByComparingTo("2");

        MoodleQuestion s = only("Year?{#\n=1991:0#exact\n=%50%1991:2#close\n~#no, think of 1991\n}");
        assertThat(fractions(s)).containsExactly(1.0, 0.5, 0.0);
        assertThat(s.answers().get(1).tolerance()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(s.answers().get(2).text().text()).isEqualTo("*");
        assertThat(s.answers().get(2).feedback().text()).isEqualTo("no, think of 1991");
    }

    @Test
    void matchingWithADistractor() {
        MoodleQuestion q = only("Match{=Minsk -> Belarus =Kyiv -> Ukraine = -> Poland}");
        assertThat(q.qtype()).isEqualTo("match");
        assertThat(q.subquestions()).extracting(s -> s.text().text(), Subquestion::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Minsk", "Belarus"),
                        org.assertj.core.groups.Tuple.tuple("Kyiv", "Ukraine"),
                        org.assertj.core.groups.Tuple.tuple("", "Poland"));
    }

    @Test
    void essayAndDescription() {
        assertThat(only("Write about it.{}").qtype()).isEqualTo("essay");
        assertThat(only("Write about it.{####what to say}").generalFeedback().text()).isEqualTo("what to say");
        assertThat(only("Just some text.").qtype()).isEqualTo("description");
    }

    @Test
    void formatPrefixes() {
        MoodleQuestion q = only("[html]<p>Hi</p>{=[plain]<b> ~b}");
        assertThat(q.text().format()).isEqualTo(TextFormat.HTML);
        assertThat(q.answers().get(0).text().format()).isEqualTo(TextFormat.PLAIN);
        assertThat(q.answers().get(1).text().format()).isEqualTo(TextFormat.HTML);
        assertThat(only("[markdown]*Hi*{}").text().format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(only("[unknown]Hi{}").text().text()).isEqualTo("[unknown]Hi");
    }

    @Test
    void bomCrlfAndCrOnlyFilesReadTheSame() {
        String lf = "// [id:x]\nOne?{=a ~b}\n\nTwo?{T}\n";
        Parsed expected = GiftReader.read(lf);
        assertThat(GiftReader.read(SourceText.decode(("\uFEFF" + lf).getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo(expected);
        assertThat(GiftReader.read(lf.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(GiftReader.read(lf.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(expected.questions()).extracting(MoodleQuestion::line).containsExactly(2, 4);
    }

    @Test
    void moodlesErrorsWithTheirLines() {
        Parsed p = GiftReader.read("Fine{T}\n\nNo end {=a ~b\n\nToo few{~only}\n\nMatch{=a -> b =c}\n\nNumber{#x:1}\n\nNone{#}\n");
        assertThat(p.questions()).hasSize(1);
        assertThat(p.problems()).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, GiftReader.BRACE_ERROR),
                org.assertj.core.groups.Tuple.tuple(5, GiftReader.MIN_ANSWERS),
                org.assertj.core.groups.Tuple.tuple(7, GiftReader.MATCHING_FORMAT),
                org.assertj.core.groups.Tuple.tuple(9, GiftReader.NOT_NUMBERS + ": \"x:1\""),
                org.assertj.core.groups.Tuple.tuple(11, GiftReader.NO_NUMERICAL));
        assertThat(p.problems()).allMatch(x -> x.severity().equals(ImportProblem.ERROR));
    }

    @Test
    void aQuestionRightUnderItsCategoryIsStillRead() {
        Parsed p = GiftReader.read("$CATEGORY: Seas\nWhich sea?{=Black ~White}\n");
        assertThat(p.questions()).singleElement().satisfies(q -> {
            assertThat(q.category()).isEqualTo("Seas");
            assertThat(q.line()).isEqualTo(2);
        });
        assertThat(p.problems()).singleElement().extracting(ImportProblem::severity).isEqualTo(ImportProblem.WARNING);
    }

    @Test
    void commentsAloneAndBlankBlocksAreNothing() {
        Parsed p = GiftReader.read("// just a comment\n\n   \n\n");
        assertThat(p.questions()).isEmpty();
        assertThat(p.problems()).isEmpty();
    }

    @Test
    void aLongIdCommentCannotOverflowTheStack() {
        // The fuzzer's input (seed 1796637791): a comment `// [id:::...` thousands of characters
        // long overflowed the stack of the regex that read it; closed or not, it is read now.
        String colons = ":".repeat(200_000);
        Parsed unclosed = GiftReader.read("// [id:" + colons + "\n::t::Q?{T}\n");
        assertThat(unclosed.questions()).singleElement().satisfies(q -> assertThat(q.idNumber()).isEmpty());
        Parsed closed = GiftReader.read("// [id:" + colons + "] [tag:" + "\\]".repeat(100_000) + "]\nQ?{T}\n");
        assertThat(closed.questions()).singleElement().satisfies(q -> {
            assertThat(q.idNumber()).isEqualTo(colons);
            assertThat(q.tags()).containsExactly("]".repeat(100_000));
        });
    }

    @Test
    void idAndTagEscapesAreMoodles() {
        // \] and \\ are escapes, any other backslash stays; an unclosed [tag: is no tag, and a
        // backslash before a line end ends the value there (Moodle's "." stops at a line end).
        MoodleQuestion q = only("// [id: a\\]b\\\\ ] [tag:x\\y] [tag:open\n// [tag:split\\\n// here] [tag:last]\nQ?{T}");
        assertThat(q.idNumber()).isEqualTo("a]b\\");
        assertThat(q.tags()).containsExactly("x\\y", "last");
    }
}
