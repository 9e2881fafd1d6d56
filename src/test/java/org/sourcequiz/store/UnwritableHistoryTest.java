package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.HistoryException.Reason;
import org.sourcequiz.study.TestBanks;

/**
 * A history that cannot be written (a full disk, a folder that cannot be made, a file the driver
 * cannot open) is a {@link HistoryException} the learner can act on, never a bug, and costs no
 * answer already saved. The read-only folder, which root cannot be shown in a unit test, and a
 * real full disk are tested end to end by src/test/sh/signals.sh.
 */
class UnwritableHistoryTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");

    @TempDir
    Path dir;

    /**
     * The schema's steps, then one more that caps the file at the size it has then, the way a
     * full disk would: PRAGMA max_page_count holds for the connection that ran it, which is the
     * one every later write of this instance goes through.
     */
    private static List<Migration> withDiskFullAfterTheSchema() {
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
        steps.add(new Migration(Schema.MIGRATIONS.get(Schema.MIGRATIONS.size() - 1).version() + 1, "test: no room left", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA page_count")) {
                r.next();
                s.execute("PRAGMA max_page_count = " + (r.getLong(1) + 2));
            }
        }));
        return steps;
    }

    @Test
    void aFullDiskFailsTheAnswerItCannotHoldAndKeepsEveryEarlierOne() {
        Path db = dir.resolve("history.db");
        int saved = 0;
        HistoryException full = null;
        try (SqliteHistory h = new SqliteHistory(db, () -> TestBanks.FSRS, null, withDiskFullAfterTheSchema())) {
            for (int i = 0; i < 10_000 && full == null; i++) {
                ChoiceQuestion q = choice("q" + i + "-" + "x".repeat(200), "src-a");
                try {
                    h.record(answer(q, "set", Verdict.RIGHT, Rating.GOOD, T0.plus(Duration.ofSeconds(i))));
                    saved++;
                } catch (HistoryException e) {
                    full = e;
                }
            }
        }
        assertThat(full).as("the capped file filled up").isNotNull();
        assertThat(full.reason()).isEqualTo(Reason.DISK_FULL);
        assertThat(full.detail()).isEqualTo("the disk is full");
        assertThat(full.file()).isEqualTo(db.toAbsolutePath());
        assertThat(saved).isPositive();
        // Opened again without the cap: the failed answer was rolled back whole, the others are all there.
        try (SqliteHistory h = new SqliteHistory(db, () -> TestBanks.FSRS, null, withDiskFullAfterTheSchema())) {
            assertThat(h.answerCount()).isEqualTo(saved);
            assertThat(h.progress()).hasSize(saved);
            assertThat(h.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aDataFolderUnderAFileSaysWhichFolderCannotBeMade() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "a file where a folder was expected");
        Path db = dir.resolve("notes.txt").resolve("data").resolve("history.db");
        try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, null)) {
            assertThatThrownBy(() -> h.record(answer(choice("q1", "src-a"), "set", Verdict.RIGHT, Rating.GOOD, T0)))
                    .isInstanceOfSatisfying(HistoryException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.INACCESSIBLE);
                        assertThat(e.detail()).startsWith("cannot create the folder " + db.getParent().toAbsolutePath())
                                .contains("Not a directory");
                    });
        }
    }

    @Test
    void aDataFolderThatIsAFileIsSaidSo() throws Exception {
        Files.writeString(dir.resolve("data"), "a file named like the data folder");
        try (SqliteHistory h = new SqliteHistory(dir.resolve("data").resolve("history.db"), TestBanks.FSRS, null)) {
            assertThatThrownBy(h::progress).isInstanceOfSatisfying(HistoryException.class,
                    e -> assertThat(e.detail()).isEqualTo(dir.resolve("data").toAbsolutePath() + " is a file, not a folder"));
        }
    }

    /** sqlite-jdbc checks that it can create the file itself, and says so with no SQLite code at all. */
    @Test
    void theDriversOwnOpeningFailureIsAHistoryProblemInPlainWords() {
        Path db = dir.resolve("history.db");
        SQLException driver = new SQLException("opening db: '" + db + "': Permission denied");
        assertThat(SqliteErrors.translate(driver, db)).as("anywhere but opening, an unknown code is a bug")
                .isInstanceOf(IllegalStateException.class);
        HistoryException e = SqliteErrors.translateOpen(driver, db);
        assertThat(e.reason()).isEqualTo(Reason.INACCESSIBLE);
        assertThat(e.detail()).isEqualTo("cannot write the history file (Permission denied)");
    }

    @Test
    void sqliteFullIsADiskFullWhateverElseTheFolderSays() {
        Path db = dir.resolve("history.db");
        SQLException full = new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
                null, 13);
        assertThat(SqliteErrors.translate(full, db)).isInstanceOfSatisfying(HistoryException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.DISK_FULL));
    }
}
