package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.HistoryException.Reason;

/** A history that cannot be used is one line: the file, what is wrong, and what to do. */
class HistoryErrorsTest {
    @Test
    void aReadOnlyFolderAndAFullDiskSayWhatToDo() {
        Path file = Path.of("/data/history.db");
        String[] args = {"quiz", "--data-dir", "/data"};
        assertThat(HistoryErrors.message(new HistoryException(Reason.READ_ONLY, file, "the folder /data is read-only (Permission denied)", null), args))
                .isEqualTo("/data/history.db: the folder /data is read-only (Permission denied); make it writable,"
                        + " or choose another folder with --data-dir DIR");
        assertThat(HistoryErrors.message(new HistoryException(Reason.DISK_FULL, file, "the disk is full", null), args))
                .isEqualTo("/data/history.db: the disk is full; free some space on that disk, or choose another folder with --data-dir DIR");
    }
}
