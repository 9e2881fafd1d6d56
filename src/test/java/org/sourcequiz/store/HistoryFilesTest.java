package org.sourcequiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HistoryFilesTest {
    private final Path data = Path.of("/home/ann/.local/share/sourcequiz");

    @Test
    void theDefaultProfileLivesAtTheTopOfTheDataFolder() {
        assertThat(HistoryFiles.historyFile(data, "default")).isEqualTo(data.resolve("history.db"));
    }

    @Test
    void otherProfilesHaveAFolderEach() {
        assertThat(HistoryFiles.historyFile(data, "ann")).isEqualTo(data.resolve("profiles/ann/history.db"));
        assertThat(HistoryFiles.historyFile(data, "class-2B_2024.v2")).isEqualTo(data.resolve("profiles/class-2B_2024.v2/history.db"));
    }

    @Test
    void profileNamesCannotLeaveTheFolder() {
        for (String bad : new String[] {"", "..", ".hidden", "a/b", "a\\b", "ünï", "x".repeat(65), "a b"}) {
            assertThat(HistoryFiles.isValidProfile(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> HistoryFiles.historyFile(data, bad)).isInstanceOf(IllegalArgumentException.class);
        }
        for (String good : new String[] {"a", "9", "x".repeat(64), "a.", "Z-_9"}) {
            assertThat(HistoryFiles.isValidProfile(good)).as(good).isTrue();
        }
        assertThat(HistoryFiles.isValidProfile("-a")).isFalse();
        assertThat(HistoryFiles.isValidProfile("_a")).isFalse();
    }
}
