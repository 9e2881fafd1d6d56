package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.engine.Verdict;

class DamagedFileTest {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");
    private static final ChoiceQuestion Q1 = choice("q1", "src-a");

    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("history.db");
    }

    private SqliteHistory history() {
        return new SqliteHistory(db(), TestBanks.FSRS, null);
    }

    private static void assertDamaged(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(HistoryException.class,
                e -> assertThat(e.reason()).isEqualTo(HistoryException.Reason.DAMAGED));
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndNeverWritten() throws Exception {
        byte[] garbage = "this was history once, then an editor saved over it\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(db(), garbage);
        try (SqliteHistory h = history()) {
            assertDamaged(() -> h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0)));
            assertDamaged(h::progress);
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(garbage);
        assertThat(dir.resolve("history.db-wal")).doesNotExist();
    }

    @Test
    void damagedPagesAreReportedAsDamage() throws Exception {
        List<AnswerRecord> answers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            answers.add(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0.plus(Duration.ofMinutes(i))));
        }
        try (SqliteHistory h = history()) {
            h.recordAll(answers);
        }
        // Closing the last connection checkpoints the WAL into the file; now overwrite its middle pages.
        long size = Files.size(db());
        assertThat(size).isGreaterThan(64 * 1024);
        try (RandomAccessFile f = new RandomAccessFile(db().toFile(), "rw")) {
            byte[] junk = new byte[(int) (size / 2)];
            Arrays.fill(junk, (byte) 0x5A);
            f.seek(size / 4);
            f.write(junk);
        }
        byte[] damaged = Files.readAllBytes(db());
        try (SqliteHistory h = history()) {
            assertDamaged(() -> {
                h.answerCount();
                h.forEachAnswer(a -> { });
                h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0.plus(Duration.ofDays(30))));
            });
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(damaged);
    }

    @Test
    void movingADamagedFileAsideLetsANewHistoryStartAndKeepsTheOldOne() throws Exception {
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 7);
        Files.write(db(), garbage);
        Files.write(dir.resolve("history.db-wal"), new byte[] {1, 2, 3});
        Path moved = HistoryFiles.moveAside(db(), Instant.parse("2024-05-02T10:11:12Z"));
        assertThat(moved.getFileName().toString()).isEqualTo("history.db.damaged-20240502-101112");
        assertThat(Files.readAllBytes(moved)).isEqualTo(garbage);
        assertThat(dir.resolve("history.db.damaged-20240502-101112-wal")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(db()).doesNotExist();
        assertThat(dir.resolve("history.db-wal")).doesNotExist();
        try (SqliteHistory h = history()) {
            h.record(answer(Q1, "a", Verdict.RIGHT, Rating.GOOD, T0));
            assertThat(h.answerCount()).isEqualTo(1);
        }
        Files.write(db(), garbage);
        Path second = HistoryFiles.moveAside(db(), Instant.parse("2024-05-02T10:11:12Z"));
        assertThat(second.getFileName().toString()).isEqualTo("history.db.damaged-20240502-101112-2");
    }
}
