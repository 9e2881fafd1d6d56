package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.load;
import static org.sourcequiz.bank.Fixtures.messages;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest inputs behind each bug {@link ParserFuzzTest} found, so none comes back. */
class FuzzFindingsTest {
    private static final Duration HANG = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    @Test
    void aQuestionWithAnInvalidIdIsLeftOutOfTheBank() {
        LoadResult r = load(dir, "q.yaml", set(question("&i", "kind: truefalse\nanswer: true")));
        assertThat(messages(r)).containsExactly("error 5:9 question id `` is not a valid id");
        assertThat(r.bank().questions()).isEmpty();
    }

    @Test
    void aQuestionWithAnUnknownKindIsLeftOutOfTheBank() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: choise\nanswer: x")));
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.bank().questions()).isEmpty();
    }

    @Test
    void aKeyWithABidiIsolateIsQuotedSafely() {
        LoadResult r = load(dir, "q.json", "{\"\\u2066\": 1}");
        assertThat(r.problems()).extracting(Problem::message).contains("unknown key `\ufffd` in question set");
    }

    @Test
    void everyPartOfAProblemIsOneSafeLine() {
        Problem p = new Problem("a\u001b]0;x\u0007.yaml", 1, 2, Problem.Severity.ERROR, "q\u202e", "bad \u009b\nvalue", "fix\u2066 it");
        assertThat(p.format()).isEqualTo("a\ufffd]0;x\ufffd.yaml:1:2: error: [q\ufffd] bad \ufffd value (fix\ufffd it)");
    }

    @Test
    void aKeyWithANewlineStaysOneLine() {
        LoadResult r = load(dir, "q.json", "{\"a\\nb\": 1}");
        assertThat(r.problems()).extracting(Problem::message).contains("unknown key `a b` in question set");
    }

    @Test
    void aFigureWithAHugeExponentIsAProblemNotAnOverflow() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: number\nanswer: 1e999999999")));
        assertThat(messages(r)).containsExactly("error 7:13 `answer`: `1e999999999` is too large or too precise for a figure");
        assertThat(r.bank().questions()).isEmpty();
    }

    @Test
    void rangeAndToleranceAreBoundedToo() {
        LoadResult r = load(dir, "q.yaml", set(
                question("a", "kind: number\nrange: [1e-999999999, 1e16]"),
                question("b", "kind: number\nanswer: 5\ntolerance: 0.00000000001")));
        assertThat(r.problems()).extracting(Problem::message).containsExactly(
                "`range`: `1e-999999999` is too large or too precise for a figure",
                "`range`: `1e16` is too large or too precise for a figure",
                "`tolerance`: `0.00000000001` is too large or too precise for a figure");
    }

    @Test
    void ordinaryFiguresStillRead() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: number\nanswer: 200000\ntolerance: 0.5")));
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.bank().questions()).hasSize(1);
    }

    /** Suggesting the closest choice compared the two texts letter by letter: 100 KB each took a minute, 1 MB hours. */
    @Test
    void suggestionsAreOnlyLookedForAmongShortWords() {
        String choice = "x".repeat(1_000_000);
        String answer = "y".repeat(1_000_000);
        assertThat(assertTimeoutPreemptively(HANG, () -> Fields.didYouMean(answer, List.of(choice, "y")))).isEmpty();
        assertThat(Fields.didYouMean("choise", List.of("choice", "multi"))).contains("choice");
    }

    @Test
    void aValueLongerThanAnyQuestionNeedsIsRefusedAndQuotedShort() {
        String answer = "y".repeat(100_000);
        LoadResult r = assertTimeoutPreemptively(HANG, () ->
                load(dir, "q.yaml", set(question("a", "kind: choice\nchoices: [x, b]\nanswer: " + answer))));
        assertThat(messages(r)).containsExactly("error 8:13 `answer` is 100000 characters long, over the limit of 5000");
        assertThat(r.bank().questions()).isEmpty();
    }

    @Test
    void aValueQuotedInAProblemIsCutToItsStart() {
        String answer = "y".repeat(Fields.MAX_TEXT);
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: choice\nchoices: [x, b]\nanswer: " + answer)));
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactly("answer `" + "y".repeat(79) + "…` is not among the choices");
    }

    /** Not from the fuzzer but from reading FigureCheck after it: the figure check parsed any run of digits. */
    @Test
    void aRunOfAMillionDigitsIsNoFigure() {
        assertThat(assertTimeoutPreemptively(HANG, () -> FigureCheck.numbersIn("1".repeat(1_000_000) + " and 65,089"))).hasSize(1)
                .first().hasToString("65089");
    }
}
