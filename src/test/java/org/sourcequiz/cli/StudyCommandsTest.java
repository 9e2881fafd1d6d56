package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.engine.Verdict;

/** stats, history export, history move-aside and review --list on the bundled bank, with a fixed clock. */
class StudyCommandsTest {
    private static final Instant DAY1 = Instant.parse("2024-06-03T10:00:00Z");
    private static final Map<String, String> UTF8 = Map.of("LANG", "en_GB.UTF-8");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path data;
    private Bank bank;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        bank = new BankLoader(dir).loadBundled().bank();
    }

    private CliRun run(Instant now, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.run(dir, now, UTF8, all);
    }

    private SqliteHistory history(String profile) {
        return new SqliteHistory(HistoryFiles.historyFile(data, profile),
                new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ZoneOffset.UTC)), null);
    }

    private AnswerRecord answer(Question q, Verdict v, Instant at, String given) {
        String set = bank.setsByQuestionId().get(q.id()).id();
        Rating r = v == Verdict.RIGHT ? Rating.GOOD : v == Verdict.PARTIAL ? Rating.HARD : Rating.AGAIN;
        return new AnswerRecord(q.id(), ContentHash.of(q), set, "session-1", "practice", given, "the answer", v, r,
                v == Verdict.RIGHT ? 1 : 0, 1, 7.5, at);
    }

    /** Day 1: the first four questions, two right and two wrong; day 2: the wrong ones again, now right. */
    private List<AnswerRecord> twoDays() {
        List<Question> qs = bank.questions();
        List<AnswerRecord> answers = List.of(
                answer(qs.get(0), Verdict.RIGHT, DAY1, "a, \"quoted\" answer"),
                answer(qs.get(1), Verdict.WRONG, DAY1.plusSeconds(20), "wrong\non two lines"),
                answer(qs.get(2), Verdict.RIGHT, DAY1.plusSeconds(40), "3"),
                answer(qs.get(3), Verdict.WRONG, DAY1.plusSeconds(60), "x"),
                answer(qs.get(1), Verdict.RIGHT, DAY1.plus(Duration.ofDays(1)), "right"),
                answer(qs.get(3), Verdict.PARTIAL, DAY1.plus(Duration.ofDays(1)).plusSeconds(20), "half"));
        try (SqliteHistory h = history("default")) {
            answers.forEach(h::record);
        }
        return answers;
    }

    @Test
    void statsOnANewHistory() {
        CliRun r = run(DAY1, "stats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Study statistics for 2024-06-03", "Answers    none yet",
                "Questions  " + bank.questions().size() + " in the bank: 0 seen, 0 mastered, 0 due today");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void statsAsTextJsonAndCsv() throws Exception {
        twoDays();
        Instant now = DAY1.plus(Duration.ofDays(1)).plusSeconds(3600);
        CliRun text = run(now, "stats", "--by", "day");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Answers    6 in all, 58% right; 2 today", "Streak     2 days; best 2 days",
                "Accuracy by day", "Reviews due in the next 14 days", "█");
        CliRun ascii = run(now, "stats", "--ascii");
        // ASCII charts; titles from the question files keep their own letters.
        assertThat(ascii.out()).doesNotContain("█", "│", "▏").contains("|###");

        CliRun json = run(now, "stats", "--format", "json");
        JsonNode j = JSON.readTree(json.out());
        assertThat(j.at("/overview/answers/answered").asInt()).isEqualTo(6);
        assertThat(j.at("/overview/answers/accuracy").asDouble()).isEqualTo(3.5 / 6);
        assertThat(j.at("/overview/seen").asInt()).isEqualTo(4);
        assertThat(j.at("/streak/current").asInt()).isEqualTo(2);
        assertThat(j.at("/due_forecast").size()).isEqualTo(14);
        assertThat(j.at("/over_time/period").asText()).isEqualTo("week");

        CliRun csv = run(now, "stats", "--format", "csv");
        assertThat(csv.out()).startsWith("section,key,measure,value\r\n")
                .contains("overview,,answered,6\r\n", "streak,,best,2\r\n", "kind,choice,answered,");
    }

    @Test
    void profilesKeepSeparateHistoriesWhereverTheOptionIsGiven() throws Exception {
        twoDays();
        try (SqliteHistory work = history("work")) {
            work.record(answer(bank.questions().get(5), Verdict.RIGHT, DAY1, "x"));
        }
        JsonNode before = JSON.readTree(run(DAY1, "--profile", "work", "stats", "--format", "json").out());
        JsonNode after = JSON.readTree(run(DAY1, "stats", "--profile", "work", "--format", "json").out());
        assertThat(before.at("/overview/answers/answered").asInt()).isEqualTo(1);
        assertThat(after.at("/overview/answers/answered").asInt()).isEqualTo(1);
        assertThat(data.resolve("profiles/work/history.db")).exists();
        CliRun bad = run(DAY1, "--profile", "../x", "stats");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).startsWith("sourcequiz: --profile ../x: a profile name");
    }

    @Test
    void historyExportAsCsvAndJson() throws Exception {
        List<AnswerRecord> answers = twoDays();
        CliRun csv = run(DAY1, "history", "export");
        assertThat(csv.code()).as(csv.err()).isZero();
        String[] lines = csv.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("question_id,content_hash,set_id,session_id,mode,given,expected,verdict,"
                + "rating,points,max_points,seconds,answered_at");
        assertThat(lines[1]).isEqualTo(answers.get(0).questionId() + "," + answers.get(0).contentHash() + ","
                + answers.get(0).setId() + ",session-1,practice,\"a, \"\"quoted\"\" answer\",the answer,right,3,1.0,1.0,7.5,"
                + "2024-06-03T10:00:00Z");
        assertThat(csv.out()).contains(",\"wrong\non two lines\",");
        assertThat(lines).hasSize(1 + answers.size());

        CliRun json = run(DAY1, "history", "export", "--format", "json");
        JsonNode j = JSON.readTree(json.out());
        assertThat(j.size()).isEqualTo(6);
        assertThat(j.get(1).get("given").asText()).isEqualTo("wrong\non two lines");
        assertThat(j.get(5).get("verdict").asText()).isEqualTo("partial");
        assertThat(j.get(5).get("rating").asInt()).isEqualTo(2);
        assertThat(j.get(5).get("answered_at").asText()).isEqualTo("2024-06-04T10:00:20Z");

        CliRun file = run(DAY1, "history", "export", "--output", "answers.csv");
        assertThat(file.out()).isEqualTo("Wrote 6 answers to answers.csv" + System.lineSeparator());
        assertThat(Files.readString(dir.resolve("answers.csv"))).isEqualTo(csv.out());
    }

    @Test
    void aDamagedHistoryGivesOneLineNamingTheFileAndTheFix() throws Exception {
        Path db = data.resolve("history.db");
        Files.createDirectories(data);
        Files.writeString(db, "not a database at all, but long enough to look like a file that was one".repeat(20));
        CliRun stats = run(DAY1, "stats");
        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.err()).isEqualTo("sourcequiz: " + db.toAbsolutePath() + ": the history file is not an SQLite database;"
                + " run `sourcequiz --data-dir " + data + " history move-aside` to keep it aside and start a new history"
                + System.lineSeparator());

        CliRun moved = run(DAY1, "history", "move-aside");
        assertThat(moved.code()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Moved " + db, "history.db.damaged-20240603-100000", "starts a new history");
        assertThat(data.resolve("history.db.damaged-20240603-100000")).exists();
        assertThat(run(DAY1, "stats").code()).isZero();
    }

    @Test
    void aHealthyHistoryIsOnlyMovedWhenForced() {
        twoDays();
        CliRun refused = run(DAY1, "history", "move-aside");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("this history reads fine; nothing moved (use --force");
        assertThat(data.resolve("history.db")).exists();
        CliRun forced = run(DAY1, "history", "move-aside", "--force");
        assertThat(forced.code()).isZero();
        assertThat(data.resolve("history.db")).doesNotExist();
        CliRun nothing = run(DAY1, "history", "move-aside");
        assertThat(nothing.err()).contains("there is no history here");
    }

    @Test
    void aHistoryFromANewerVersionIsRefused() throws Exception {
        twoDays();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("history.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 9");
        }
        CliRun r = run(DAY1, "review", "--list");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("history.db: written by a newer sourcequiz (history schema 9; this version reads up to 1);"
                + " upgrade sourcequiz, or keep a separate history with --profile NAME or --data-dir DIR");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void reviewListShowsDueFirstThenNewUpToTheDailyLimit() throws Exception {
        twoDays();
        List<Question> qs = bank.questions();
        // Day 3: q0 and q2 (Good on day 1, two days) and q3 (Hard on day 2, one day) are due; q1 (Good on day 2) is not.
        Instant day3 = DAY1.plus(Duration.ofDays(2));
        CliRun r = run(day3, "review", "--list", "--new", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Review for 2024-06-05: 3 due, 3 new (3 left of today's 3 new; "
                + (qs.size() - 4) + " never asked)");
        assertThat(r.out()).contains("  1. " + qs.get(0).id() + "  [", "  2. " + qs.get(2).id() + "  [",
                "  3. " + qs.get(3).id() + "  [", "  4. " + qs.get(4).id() + "  [", "  6. " + qs.get(6).id() + "  [",
                "recall 91%");
        assertThat(r.out()).doesNotContain(qs.get(1).id() + "  [", qs.get(7).id() + "  [");

        JsonNode j = JSON.readTree(run(day3, "review", "--list", "--limit", "4", "--format", "json").out());
        assertThat(j.get("due").size()).isEqualTo(3);
        assertThat(j.get("new").size()).isEqualTo(1);
        assertThat(j.get("due").get(0).get("due").asText()).isEqualTo("2024-06-05");
    }

    @Test
    void reviewMistakesListsWhatWasLastAnsweredWrong() throws Exception {
        List<Question> qs = bank.questions();
        try (SqliteHistory h = history("default")) {
            h.record(answer(qs.get(0), Verdict.WRONG, DAY1, "x"));
            h.record(answer(qs.get(1), Verdict.WRONG, DAY1.plusSeconds(10), "x"));
            h.record(answer(qs.get(1), Verdict.RIGHT, DAY1.plusSeconds(20), "x"));
            h.record(answer(qs.get(2), Verdict.PARTIAL, DAY1.plusSeconds(30), "x"));
        }
        CliRun r = run(DAY1, "review", "--list", "--mistakes");
        assertThat(r.out()).startsWith("Questions last answered wrong, most recent first: 2");
        assertThat(r.out().indexOf(qs.get(2).id())).isLessThan(r.out().indexOf(qs.get(0).id()));
        assertThat(r.out()).doesNotContain(qs.get(1).id() + "  [");
    }

    @Test
    void aNegativeLimitIsAUsageError() {
        CliRun r = run(DAY1, "review", "--list", "--limit", "-1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("sourcequiz: --limit and --new cannot be negative");
    }
}
