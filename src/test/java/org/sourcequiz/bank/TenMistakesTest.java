package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance case of the foundation: ten different mistakes, all reported where they are. */
class TenMistakesTest {
    @Test
    void reportsEveryMistakeWithItsLineAndColumn() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/bank/ten")));

        assertThat(r.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.questionId() + " " + p.message())
                .containsExactly(
                        "6:11 m1 unknown kind `choise`",
                        "15:13 m2 answer `three` is not among the choices",
                        "26:5 m3 unknown key `tgas` in question",
                        "27:9 m3 question id `m3` is used twice",
                        "38:13 m5 unknown source `dmeo`",
                        "44:12 m6 item `first` repeats",
                        "51:13 m7 `answer`: `12,800` is not a number",
                        "58:13 m8 `2021-02-30` is not a real date: February 2021 has no day 30",
                        "67:14 m9 `passage` is empty",
                        "71:13 m10 `prompt` contains the control character U+001B");
        assertThat(r.problems()).allMatch(Problem::isError);
        assertThat(r.problems()).extracting(Problem::hint).allMatch(h -> !h.isEmpty());
        assertThat(r.problems().get(0).hint()).isEqualTo("did you mean `choice`?");
        assertThat(r.problems().get(4).hint()).isEqualTo("did you mean `demo`?");
    }

    @Test
    void formatsProblemsAsCompilersDo() {
        Problem p = new Problem("q.yaml", 3, 7, Problem.Severity.WARNING, "q1", "only one choice", "add options");
        assertThat(p.format()).isEqualTo("q.yaml:3:7: warning: [q1] only one choice (add options)");
    }
}
