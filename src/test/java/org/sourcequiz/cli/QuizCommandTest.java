package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.ResultsFile;

/** `sourcequiz quiz` run as a user runs it, with scripted input. */
class QuizCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/quiz-bank").toAbsolutePath();

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String input, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        AppContext ctx = new AppContext(dir, Map.of("NO_COLOR", "1", "SOURCEQUIZ_HOME", dir.resolve("data").toString()), new PrintWriter(o, true), new PrintWriter(e, true),
                new BufferedReader(new StringReader(input)));
        int code = Main.run(args, ctx);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private static String withoutTimes(String s) {
        return s.replaceAll("(?m)^Time: .*$", "Time: _");
    }

    @Test
    void theSameSeedGivesTheSameQuizOnTheBundledBank() {
        assertThat(run("2\n1,3\n", "quiz", "--plain", "--set", "zapad-2021", "-n", "2", "--seed", "7")).isZero();
        String first = out;
        assertThat(run("2\n1,3\n", "quiz", "--plain", "--set", "zapad-2021", "-n", "2", "--seed", "7")).isZero();
        assertThat(withoutTimes(out)).isEqualTo(withoutTimes(first));
        assertThat(out).startsWith("2 questions, practice mode.").contains("[1/2] ").contains("Seed: 7");
        assertThat(err).isEmpty();
    }

    @Test
    void anotherSeedGivesAnotherQuiz() {
        run("", "quiz", "--plain", "--set", "zapad-2021", "--seed", "7");
        String a = out;
        run("", "quiz", "--plain", "--set", "zapad-2021", "--seed", "8");
        assertThat(out).isNotEqualTo(a);
    }

    @Test
    void withoutASeedOneIsChosenAndShown() {
        assertThat(run("", "quiz", "--plain", "--set", "zapad-2021", "-n", "1")).isZero();
        assertThat(out).containsPattern("Seed: \\d+ \\(the same quiz again: --seed \\d+\\)");
    }

    @Test
    void aWholeQuizOnFilesGivenAsPaths() throws Exception {
        Path results = dir.resolve("out/results.json");
        int code = run("t\nf\n", "quiz", FIXTURES.toString(), "--set", "extra", "--seed", "3", "--results", results.toString());
        assertThat(code).isZero();
        assertThat(out).contains("[1/2] fx-extra-").contains("[2/2] fx-extra-").contains("Score: 2 of 2 points (100%)");
        JsonNode json = new ObjectMapper().readTree(Files.readString(results));
        assertThat(json.get("seed").asLong()).isEqualTo(3);
        assertThat(json.get("profile").asText()).isEqualTo("default");
        assertThat(json.get("mode").asText()).isEqualTo("practice");
        assertThat(json.get("points").asDouble()).isEqualTo(2);
        assertThat(json.get("percentage").asDouble()).isEqualTo(100);
        assertThat(json.get("questions")).hasSize(2);
        assertThat(json.get("questions").get(0).get("verdict").asText()).isEqualTo("right");
        assertThat(json.get("questions").get(0).get("set").asText()).isEqualTo("extra");
        assertThat(json.get("by_tag").get("country").get("right").asInt()).isEqualTo(2);
        assertThat(json.get("by_kind").get("truefalse").get("questions").asInt()).isEqualTo(2);
        assertThat(json.get("selection").get("sets").get(0).asText()).isEqualTo("extra");
        assertThat(Files.list(results.getParent())).containsExactly(results);
    }

    @Test
    void resultsAsCsvWhenTheNameEndsInCsv() throws Exception {
        Path results = dir.resolve("r.csv");
        run("f\n", "quiz", FIXTURES.toString(), "--kind", "truefalse", "--tag", "claim", "--seed", "1", "--results", "r.csv");
        List<String> lines = Files.readAllLines(results);
        assertThat(lines.get(0)).isEqualTo("session,mode,seed,id,set,source,kind,tags,verdict,points,max_points,seconds,given,expected,profile,finished");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",practice,1,fx-truefalse,kinds,named,truefalse,claim,wrong,0,1,").contains(",false,true,default,");
    }

    @Test
    void resultsAreWrittenInExamModeAndOnEndOfInput() throws Exception {
        Path results = dir.resolve("exam.json");
        run("f\n", "quiz", FIXTURES.toString(), "--set", "extra", "--mode", "exam", "--negative-marking",
                "--time-limit", "10m", "--seed", "2", "--results", "exam.json");
        assertThat(out).contains("exam mode, time limit 10:00, a wrong choice costs 0.25 of its points").contains("Stopped after 1 of 2");
        JsonNode json = new ObjectMapper().readTree(Files.readString(results));
        assertThat(json.get("mode").asText()).isEqualTo("exam");
        assertThat(json.get("not_reached").asInt()).isEqualTo(1);
        assertThat(json.get("selection").get("time_limit_seconds").asInt()).isEqualTo(600);
    }

    @Test
    void flashcardModeRunsInPlain() {
        assertThat(run("\n3\n", "quiz", FIXTURES.toString(), "--set", "extra", "-n", "1", "--mode", "flashcard", "--seed", "1")).isZero();
        assertThat(out).contains("Press Enter to see the answer.").contains("Answer: ").contains("Score: 1 of 1 point");
    }

    @Test
    void anUnknownSetIsAUsageErrorNamingTheValidOnes() {
        assertThat(run("", "quiz", "--set", "zapad")).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n")
                .startsWith("sourcequiz: unknown set `zapad`; did you mean `zapad-2021`? the sets are: ")
                .contains("krums-swan-song").contains("zapad-2021");
        assertThat(out).isEmpty();
    }

    @Test
    void unknownTagSourceAndKind() {
        assertThat(run("", "quiz", "--tag", "figures")).isEqualTo(2);
        assertThat(err).contains("unknown tag `figures`; did you mean `figure`?");
        assertThat(run("", "quiz", "--source", "krums")).isEqualTo(2);
        assertThat(err).contains("unknown source `krums`; did you mean `krums-swan-song`?");
        assertThat(run("", "quiz", "--kind", "multiple")).isEqualTo(2);
        assertThat(err).contains("unknown kind `multiple`").contains("the kinds are: choice, date, match, multi, number, open, order, text, truefalse");
    }

    @Test
    void aSelectionWithNoQuestionsIsExitOne() {
        assertThat(run("", "quiz", FIXTURES.toString(), "--set", "extra", "--kind", "date")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("sourcequiz: no questions match --set extra --kind date; `sourcequiz list` shows what each set holds");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(run("", "quiz", "--time-limit", "soon")).isEqualTo(2);
        assertThat(err).contains("not a duration");
        assertThat(run("", "quiz", "--mode", "test")).isEqualTo(2);
        assertThat(run("", "quiz", "--negative-marking")).isEqualTo(2);
        assertThat(err).contains("--negative-marking applies to --mode exam only");
        assertThat(run("", "quiz", "-n", "-1")).isEqualTo(2);
    }

    @Test
    void durations() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("10m")).hasMinutes(10);
        assertThat(c.convert("90s")).hasSeconds(90);
        assertThat(c.convert("1h30m")).hasMinutes(90);
        assertThat(c.convert("15")).hasMinutes(15);
    }

    @Test
    void csvCellsAreQuotedAndSafeForSpreadsheets() {
        assertThat(ResultsFile.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ResultsFile.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ResultsFile.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }

    @Test
    void quizIsListedInTheHelp() {
        run("", "--help");
        assertThat(out).contains("quiz");
    }
}
