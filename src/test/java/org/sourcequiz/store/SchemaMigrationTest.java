package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.engine.Verdict;

class SchemaMigrationTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
    private static final ChoiceQuestion Q1 = choice("q1", "src-a");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    private static Object pragma(Path db, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getObject(1);
        }
    }

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void aNewFileGetsTheLatestSchemaAndIsMarkedAsOurs() throws Exception {
        try (SqliteHistory h = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            h.answerCount();
        }
        assertThat(pragma(db(), "user_version")).isEqualTo(Schema.latestVersion());
        assertThat(pragma(db(), "application_id")).isEqualTo(Schema.APPLICATION_ID);
        assertThat(pragma(db(), "journal_mode")).isEqualTo("wal");
    }

    @Test
    void anOlderFileIsMigratedStepByStepKeepingItsAnswers() throws Exception {
        try (SqliteHistory v1 = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            v1.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
        }
        List<Migration> next = new ArrayList<>(Schema.MIGRATIONS);
        next.add(Migration.sql(2, "answer notes", List.of("ALTER TABLE answers ADD COLUMN note TEXT NOT NULL DEFAULT ''")));
        next.add(Migration.sql(3, "a note index", List.of("CREATE INDEX answers_by_note ON answers (note)")));
        try (SqliteHistory v3 = new SqliteHistory(db(), () -> TestBanks.FSRS, null, next)) {
            assertThat(v3.schemaVersion()).isEqualTo(3);
            assertThat(v3.answerCount()).isEqualTo(1);
            v3.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0.plusSeconds(86400 * 2)));
            assertThat(v3.progress().get("q1").card().reps()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM answers WHERE note = ''")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aFailingMigrationLeavesTheFileAtItsVersion() throws Exception {
        try (SqliteHistory v1 = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            v1.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
        }
        List<Migration> broken = new ArrayList<>(Schema.MIGRATIONS);
        broken.add(Migration.sql(2, "half done", List.of(
                "CREATE TABLE notes (x)", "INSERT INTO no_such_table VALUES (1)")));
        try (SqliteHistory v2 = new SqliteHistory(db(), () -> TestBanks.FSRS, null, broken)) {
            assertThatThrownBy(v2::answerCount).isInstanceOf(IllegalStateException.class);
        }
        assertThat(pragma(db(), "user_version")).isEqualTo(1);
        try (SqliteHistory v1 = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            assertThat(v1.answerCount()).isEqualTo(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'notes'")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        try (SqliteHistory h = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
        }
        sql(db(), "PRAGMA user_version = 7");
        byte[] before = Files.readAllBytes(db());
        try (SqliteHistory h = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            assertThatThrownBy(() -> h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0.plusSeconds(60))))
                    .isInstanceOfSatisfying(HistoryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(HistoryException.Reason.NEWER_VERSION);
                        assertThat(e.file()).isEqualTo(db().toAbsolutePath());
                        assertThat(e.detail()).contains("newer sourcequiz").contains("schema 7").contains("up to 1");
                    });
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAlone() throws Exception {
        sql(db(), "CREATE TABLE contacts (name TEXT)", "INSERT INTO contacts VALUES ('Ann')");
        byte[] before = Files.readAllBytes(db());
        try (SqliteHistory h = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            assertThatThrownBy(h::answerCount).isInstanceOfSatisfying(HistoryException.class,
                    e -> assertThat(e.reason()).isEqualTo(HistoryException.Reason.NOT_A_HISTORY));
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(pragma(db(), "journal_mode")).isEqualTo("delete");
    }

    @Test
    void anEmptyFileBecomesAHistory() throws Exception {
        Files.createFile(db());
        try (SqliteHistory h = new SqliteHistory(db(), TestBanks.FSRS, null)) {
            assertThat(h.answerCount()).isZero();
        }
        assertThat(pragma(db(), "user_version")).isEqualTo(Schema.latestVersion());
    }
}
