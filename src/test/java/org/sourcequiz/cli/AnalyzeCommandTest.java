package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `sourcequiz analyze` as an instructor runs it: its JSON is a contract, checked against figures worked by hand. */
class AnalyzeCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/quiz-bank").toAbsolutePath();

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String input, String... args) {
        CliRun r = CliRun.withInput(dir, Clock.systemUTC(),
                Map.of("NO_COLOR", "1", "LANG", "C.UTF-8", "SOURCEQUIZ_HOME", dir.resolve("data").toString()), input, args);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    /** One results file as `quiz --results` writes it, with only the fields analysis reads and one it skips. */
    private void json(String name, String profile, String q1, int q2, int q3) throws Exception {
        boolean skipped = q1 == null;
        String file = """
                {
                  "session" : "%s",
                  "profile" : "%s",
                  "finished" : "2026-03-02T09:00:00Z",
                  "by_set" : { "x" : { "questions" : 3 } },
                  "questions" : [ {
                    "id" : "q1", "kind" : "choice", "verdict" : "%s", "points" : %d, "max_points" : 1,
                    "given" : "%s", "expected" : "Minsk"
                  }, {
                    "id" : "q2", "kind" : "number", "verdict" : "x", "points" : %d, "max_points" : 1, "given" : "5", "expected" : "5"
                  }, {
                    "id" : "q3", "kind" : "date", "verdict" : "x", "points" : %d, "max_points" : 1, "given" : "", "expected" : ""
                  } ]
                }
                """.formatted(name, profile, skipped ? "skipped" : "Minsk".equals(q1) ? "right" : "wrong",
                "Minsk".equals(q1) ? 1 : 0, skipped ? "" : q1, q2, q3);
        Files.createDirectories(dir.resolve("class"));
        Files.writeString(dir.resolve("class").resolve(name + ".json"), file);
    }

    /**
     * The class of ItemAnalysisTest, four students as JSON files and the fifth as CSV: by hand,
     * q1's discrimination is .25/√.15, q2's 0, q3's .15/√.21; alpha .6/1.3.
     */
    private void theClass() throws Exception {
        json("a", "ann", "Minsk", 1, 1);
        json("b", "bob", "Minsk", 1, 0);
        json("c", "cy", "Minsk", 0, 1);
        json("d", "dee", "Brest", 1, 0);
        Files.writeString(dir.resolve("class/e.csv"), """
                session,mode,seed,id,set,source,kind,tags,verdict,points,max_points,seconds,given,expected,profile,finished\r
                e,exam,1,q1,x,s,choice,,skipped,0,1,2,,Minsk,eve,2026-03-02T09:00:00Z\r
                e,exam,1,q2,x,s,number,,wrong,0,1,2,"4,5",5,eve,2026-03-02T09:00:00Z\r
                e,exam,1,q3,x,s,date,,wrong,0,1,2,,,eve,2026-03-02T09:00:00Z\r
                """);
    }

    @Test
    void jsonGivesTheHandComputedFigures() throws Exception {
        theClass();
        assertThat(run("", "analyze", "class", "--json")).isZero();
        assertThat(err).isEmpty();
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.get("students").asInt()).isEqualTo(5);
        assertThat(j.get("files").asInt()).isEqualTo(5);
        assertThat(j.get("alpha").asDouble()).isCloseTo(0.6 / 1.3, within(1e-4));
        assertThat(j.get("alpha_questions").asInt()).isEqualTo(3);
        assertThat(j.get("mean_percent").asDouble()).isCloseTo(160.0 / 3, within(1e-4));
        assertThat(j.get("median_percent").asDouble()).isCloseTo(200.0 / 3, within(1e-4));
        assertThat(j.get("sd_percent").asDouble()).isCloseTo(Math.sqrt(1.3) * 100 / 3, within(1e-4));
        assertThat(j.get("distribution").get(6).get("students").asInt()).isEqualTo(2);
        assertThat(j.get("distribution").get(9).get("from_percent").asInt()).isEqualTo(90);
        JsonNode q = j.get("questions");
        assertThat(q).hasSize(3);
        assertThat(q.get(0).get("id").asText()).isEqualTo("q1");
        assertThat(q.get(0).get("n").asInt()).isEqualTo(5);
        assertThat(q.get(0).get("facility").asDouble()).isCloseTo(0.6, within(1e-4));
        assertThat(q.get(0).get("sd").asDouble()).isCloseTo(Math.sqrt(0.3), within(1e-4));
        assertThat(q.get(0).get("discrimination").asDouble()).isCloseTo(0.25 / Math.sqrt(0.15), within(1e-4));
        assertThat(q.get(0).get("efficiency").asDouble()).isCloseTo(1.0, within(1e-4));
        assertThat(q.get(0).get("options").toString()).isEqualTo("{\"Minsk\":3,\"Brest\":1}");
        assertThat(q.get(0).get("skipped").asInt()).isEqualTo(1);
        assertThat(q.get(0).get("flags")).isEmpty();
        assertThat(q.get(1).get("discrimination").asDouble()).isCloseTo(0.0, within(1e-4));
        assertThat(q.get(1).get("flags").get(0).asText()).isEqualTo("low-discrimination");
        assertThat(q.get(2).get("discrimination").asDouble()).isCloseTo(0.15 / Math.sqrt(0.21), within(1e-4));
    }

    @Test
    void theQuoteThatGuardsAFormulaInCsvIsTakenOff() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "id,kind,points,max_points,given,expected\r\nq,choice,1,1,'=1+1,'=1+1\r\n");
        assertThat(run("", "analyze", "r.csv", "--json")).isZero();
        JsonNode q = new ObjectMapper().readTree(out).get("questions").get(0);
        assertThat(q.get("key").asText()).isEqualTo("=1+1");
        assertThat(q.get("options").toString()).isEqualTo("{\"=1+1\":1}");
    }

    @Test
    void theHumanViewShowsTheFiguresTheChartAndTheOptions() throws Exception {
        theClass();
        assertThat(run("", "analyze", "class")).isZero();
        assertThat(out).contains("Item analysis of 5 students (5 files)")
                .contains("Score: mean 53.3%, median 66.7%, standard deviation 38.0%")
                .contains("Cronbach's alpha: 0.46 over the 3 questions every student was given")
                .containsPattern("60–70% +│█+ *│ 2")
                .containsPattern("q1 +5 +0\\.60 +0\\.55 +0\\.65 +1\\.00")
                .containsPattern("q2 +5 +0\\.60 +0\\.55 +0\\.00 .*low-discrimination")
                .contains("q2: discrimination below 0.2")
                .containsPattern("\\* Minsk +3 +60\\.0%")
                .containsPattern("\\(skipped\\) +1 +20\\.0%");
    }

    @Test
    void readsTheFilesTheQuizWrites() throws Exception {
        for (String name : List.of("one.json", "two.csv")) {
            assertThat(run("t\nf\n", "--profile", name.substring(0, 3), "quiz", FIXTURES.toString(), "--set", "extra",
                    "--seed", "3", "--results", "class/" + name)).isZero();
        }
        assertThat(run("", "analyze", "class/one.json", "class/two.csv", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.get("students").asInt()).isEqualTo(2);
        assertThat(j.get("questions")).hasSize(2);
        for (JsonNode q : j.get("questions")) {
            assertThat(q.get("n").asInt()).isEqualTo(2);
            assertThat(q.get("kind").asText()).isEqualTo("truefalse");
            assertThat(q.get("options").size()).isPositive();
        }
    }

    @Test
    void aStudentsSecondAttemptIsLeftOut() throws Exception {
        theClass();
        json("a-again", "ann", "Brest", 0, 0);
        Files.writeString(dir.resolve("class/a-again.json"),
                Files.readString(dir.resolve("class/a-again.json")).replace("09:00:00Z", "10:00:00Z"));
        assertThat(run("", "analyze", "class", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.get("students").asInt()).isEqualTo(5);
        assertThat(j.get("left_out").asInt()).isEqualTo(1);
        assertThat(j.get("questions").get(0).get("facility").asDouble()).isCloseTo(0.6, within(1e-4));
    }

    @Test
    void aBrokenJsonFileIsOneLineWithItsLineAndColumn() throws Exception {
        theClass();
        Files.writeString(dir.resolve("class/b.json"), "{\n  \"questions\" : [ {\n    \"id\" : \"q1\",, \n");
        assertThat(run("", "analyze", "class")).isEqualTo(1);
        assertThat(out).isEmpty();
        assertThat(err.strip()).doesNotContain("\n").startsWith("sourcequiz: " + dir.resolve("class/b.json") + ":3:17: broken JSON");
    }

    @Test
    void aQuestionWithoutPointsIsNamedWhereItStarts() throws Exception {
        Files.writeString(dir.resolve("r.json"), "{\"questions\":[\n {\"id\":\"q\",\"max_points\":1}]}");
        assertThat(run("", "analyze", "r.json")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("sourcequiz: " + dir.resolve("r.json") + ":2:2: this question has no \"points\"; "
                + "analyze reads the files `sourcequiz quiz --results FILE.json` writes");
    }

    @Test
    void aBrokenCsvCellIsNamedByLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("r.csv"), "id,points,max_points\nq1,1,1\nq2,lots,1\n");
        assertThat(run("", "analyze", "r.csv")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("sourcequiz: " + dir.resolve("r.csv")
                + ":3:4: \"points\" should be a number, not \"lots\" (column points)");
        Files.writeString(dir.resolve("r.csv"), "id,points,max_points\nq1,1,1\n\"q2,1,1\n");
        assertThat(run("", "analyze", "r.csv")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("sourcequiz: " + dir.resolve("r.csv") + ":3:1: this quoted cell is never closed");
    }

    @Test
    void missingFilesNotUtf8AndEmptyFoldersAreInputErrors() throws Exception {
        assertThat(run("", "analyze", "nowhere.json")).isEqualTo(1);
        assertThat(err).contains("nowhere.json: no such file or folder");
        Files.createDirectories(dir.resolve("empty"));
        assertThat(run("", "analyze", "empty")).isEqualTo(1);
        assertThat(err).contains("empty: no results files");
        Files.write(dir.resolve("latin1.csv"), "id,points,max_points\nq\u00e9,1,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("", "analyze", "latin1.csv")).isEqualTo(1);
        assertThat(err).contains("latin1.csv: not UTF-8 text");
        Files.writeString(dir.resolve("empty.json"), "");
        assertThat(run("", "analyze", "empty.json")).isEqualTo(1);
        assertThat(err).contains("empty.json:1:1: the file is empty");
        Files.write(dir.resolve("garbage.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18});
        assertThat(run("", "analyze", "garbage.db")).isEqualTo(1);
        assertThat(err.strip()).startsWith("sourcequiz: " + dir.resolve("garbage.db") + ": cannot read it as a sourcequiz history: ")
                .doesNotContain("move-aside").doesNotContain("\n");
        assertThat(run("", "analyze")).isEqualTo(2);
    }

    @Test
    void aHistoryDatabaseIsOneStudentWithTheirFirstAnswers() throws Exception {
        for (String profile : List.of("ann", "bob")) {
            assertThat(run(profile.equals("ann") ? "t\nt\n" : "f\nf\n", "--profile", profile, "quiz", FIXTURES.toString(),
                    "--set", "extra", "--seed", "3", "--plain")).isZero();
        }
        // A second quiz of ann's is not her first answer: it does not count.
        assertThat(run("f\nf\n", "--profile", "ann", "quiz", FIXTURES.toString(), "--set", "extra", "--seed", "3", "--plain")).isZero();
        assertThat(run("", "analyze", "data", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out);
        assertThat(j.get("students").asInt()).isEqualTo(2);
        assertThat(j.get("files").asInt()).isEqualTo(2);
        assertThat(j.get("questions")).hasSize(2);
        double facilities = 0;
        for (JsonNode q : j.get("questions")) {
            assertThat(q.get("n").asInt()).isEqualTo(2);
            facilities += q.get("facility").asDouble();
        }
        assertThat(facilities).as("one of the two got each question right").isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theQuestionFilesGiveAHistorysKindsAndOptionCounts() throws Exception {
        for (String profile : List.of("ann", "bob", "cy")) {
            String answers = profile.equals("bob") ? "f\nf\n" : "t\nt\n";
            assertThat(run(answers, "--profile", profile, "quiz", FIXTURES.toString(),
                    "--set", "extra", "--seed", "3", "--plain")).isZero();
        }
        assertThat(run("", "analyze", "data", "--questions", FIXTURES.toString(), "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out);
        for (JsonNode q : j.get("questions")) {
            assertThat(q.get("kind").asText()).isEqualTo("truefalse");
            JsonNode options = q.get("options");
            assertThat(options.size()).as(q.toString()).isEqualTo(2);
            int picks = 0;
            for (JsonNode n : options) {
                picks += n.asInt();
            }
            assertThat(picks).as("three students, one pick each").isEqualTo(3);
        }
        // The bundled bank holds none of the fixture's questions: no kind, so nothing to count.
        assertThat(run("", "analyze", "data", "--json")).isZero();
        for (JsonNode q : new ObjectMapper().readTree(out).get("questions")) {
            assertThat(q.get("kind").isNull()).isTrue();
            assertThat(q.get("options").size()).isZero();
        }
    }
}
