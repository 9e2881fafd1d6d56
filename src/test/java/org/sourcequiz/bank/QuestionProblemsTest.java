package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.load;
import static org.sourcequiz.bank.Fixtures.messages;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem a question can have, one test each. */
class QuestionProblemsTest {
    @TempDir
    Path dir;

    @Test
    void missingRequiredKeysAreNamed() {
        LoadResult r = load(dir, "q.yaml", set("  - id: a\n    kind: truefalse\n    answer: true\n    prompt: P\n"));
        assertThat(messages(r)).contains("error 5:5 missing `source` in question", "error 5:5 missing `passage` in question",
                "error 5:5 missing `explain` in question");
    }

    @Test
    void valuesOfTheWrongShape() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: choice\nchoices: one\nanswer: [one]")));
        assertThat(messages(r)).contains("error 7:14 `choices` should be a list, not text",
                "error 8:13 `answer` should be text, not a list");
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheAllowedOnes() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nzzzzzzzz: 1")));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unknown key `zzzzzzzz` in question");
            assertThat(p.hint()).startsWith("allowed: id, kind, prompt");
        });
    }

    @Test
    void keyOfAnotherKindSuggestsTheRightOne() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: choice\nchoices: [x, y]\nanswers: [x]")));
        assertThat(r.problems()).extracting(Problem::hint).contains("did you mean `answer`?");
    }

    @Test
    void duplicateChoicesAndSingleChoiceAreWarnings() {
        LoadResult r = load(dir, "q.yaml", set(
                question("a", "kind: choice\nchoices: [x, y, x]\nanswer: x"),
                question("b", "kind: choice\nchoices: [x]\nanswer: x")));
        assertThat(messages(r)).containsExactly("warning 7:14 choice `x` appears twice", "warning 15:14 only one choice");
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.bank().questions()).hasSize(2);
    }

    @Test
    void multiAnswersMustBeChoices() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: multi\nchoices: [x, y, z]\nanswers: [x, w]")));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("answer `w` is not among the choices"));
    }

    @Test
    void matchItemsMustNotRepeat() {
        LoadResult r = load(dir, "q.yaml", set(question("a",
                "kind: match\npairs:\n  - {left: A, right: one}\n  - {left: A, right: two}\ndistractors: [one]")));
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactlyInAnyOrder("left item `A` repeats", "right item or distractor `one` repeats");
    }

    @Test
    void numberNeedsAnswerOrRangeAndARealRange() {
        LoadResult both = load(dir, "q.yaml", set(question("a", "kind: number\nanswer: 80\nrange: [1, 2]")));
        assertThat(both.problems()).extracting(Problem::message).containsExactly("give `answer` or `range`, not both");
        LoadResult backwards = load(dir, "q.yaml", set(question("a", "kind: number\nrange: [90, 80]")));
        assertThat(backwards.problems()).extracting(Problem::message).containsExactly("range low 90 is above high 80");
    }

    @Test
    void passageWithoutTheFigureOrDateIsAWarning() {
        LoadResult r = load(dir, "q.yaml", set(
                question("n", "kind: number\nanswer: 700"),
                question("d", "kind: date\nanswer: 2021-09-10"),
                question("ok", "kind: number\nanswer: 200000")));
        assertThat(messages(r)).containsExactly(
                "warning 10:14 the passage does not show the figure 700",
                "warning 17:14 the passage does not show the date 2021-09-10 (day)");
    }

    @Test
    void highlightMustBeInThePassage() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nhighlight: [300 planes]")));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("highlight `300 planes` is not in the passage");
    }

    @Test
    void bidiOverrideIsRejectedLikeEscape() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: text\nanswers: [\"abc\\u202Edef\"]")));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("`answers` contains the control character U+202E");
    }

    @Test
    void invalidIdsAndDifficultyOutOfRange() {
        LoadResult r = load(dir, "q.yaml", set("  - id: has space\n    kind: truefalse\n    answer: true\n    prompt: P\n"
                + "    source: demo\n    passage: About 200 thousand people took part.\n    explain: E\n    difficulty: 5\n"));
        assertThat(r.problems()).extracting(Problem::message).containsExactlyInAnyOrder(
                "question id `has space` is not a valid id", "`difficulty` should be a whole number from 1 to 3");
    }

    @Test
    void duplicateYamlKeysAreErrors() {
        LoadResult r = load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nanswer: false")));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("duplicate key `answer`");
    }

    @Test
    void questionIdsAreUniqueAcrossFiles() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES);
        java.nio.file.Files.writeString(dir.resolve("a.yaml"), set(question("same", "kind: truefalse\nanswer: true")));
        java.nio.file.Files.writeString(dir.resolve("b.yaml"), set(question("same", "kind: truefalse\nanswer: true"))
                .replace("id: t\n", "id: t2\n"));
        LoadResult r = new BankLoader(dir).load(java.util.List.of(dir));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b.yaml");
            assertThat(p.message()).isEqualTo("question id `same` is used twice");
            assertThat(p.hint()).startsWith("first used at a.yaml:5");
        });
    }
}
