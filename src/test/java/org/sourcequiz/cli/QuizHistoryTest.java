package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A quiz saves each answer to history as it goes, and a history that cannot be written never costs the quiz. */
class QuizHistoryTest {
    @TempDir
    Path dir;

    String out;
    String err;

    int run(String input, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        AppContext ctx = new AppContext(dir, Map.of("NO_COLOR", "1"), new PrintWriter(o, true), new PrintWriter(e, true),
                new BufferedReader(new StringReader(input)));
        int code = Main.run(args, ctx);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private List<String> exportedRows(String dataDir) {
        assertThat(run("", "history", "export", "--format", "csv", "--data-dir", dataDir)).as(err).isZero();
        return out.lines().skip(1).toList();
    }

    @Test
    void everyAnswerGivenIsInTheHistoryExport() {
        assertThat(run(":skip\n:skip\n:quit\n", "quiz", "--plain", "--set", "zapad-2021", "--seed", "1",
                "--data-dir", "data")).as(err).isZero();
        assertThat(err).isEmpty();
        List<String> rows = exportedRows("data");
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).contains("zapad-2021", "practice", "skipped"));
    }

    @Test
    void aQuizQuitBeforeAnyAnswerLeavesNoHistoryFile() {
        assertThat(run(":quit\n", "quiz", "--plain", "--set", "zapad-2021", "--data-dir", "data")).isZero();
        assertThat(dir.resolve("data/history.db")).doesNotExist();
    }

    @Test
    void anUnwritableDataFolderGivesOneWarningAndTheQuizGoesOn() throws Exception {
        Files.writeString(dir.resolve("blocked"), "a file where the data folder should be");
        assertThat(run(":skip\n:skip\n:quit\n", "quiz", "--plain", "--set", "zapad-2021", "--seed", "1",
                "--data-dir", "blocked")).isZero();
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).contains("warning", "blocked", "history.db", "--data-dir").contains("without saving to history");
        assertThat(out).contains("[2/").contains("Seed: 1");
    }

    @Test
    void aDamagedHistoryFileGivesOneWarningNamingTheFix() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/history.db"), "not a database at all, just text");
        assertThat(run(":skip\n:quit\n", "quiz", "--plain", "--set", "zapad-2021", "--data-dir", "data")).isZero();
        assertThat(err.lines().toList()).hasSize(1);
        assertThat(err).contains("history.db", "move-aside", "--data-dir data");
        assertThat(Files.readString(dir.resolve("data/history.db"))).isEqualTo("not a database at all, just text");
    }
}
