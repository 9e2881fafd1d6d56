package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history is set aside only when there is one, and only when it is damaged unless forced; nothing is deleted. */
class HistoryRepairTest {
    @TempDir
    Path dir;

    private AppContext ctx() {
        return new AppContext(dir, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"), ZoneOffset.UTC));
    }

    private final HistoryChoice choice = new HistoryChoice(Path.of("data"), "default");

    @Test
    void withoutAHistoryThereIsNothingToMove() {
        assertThatThrownBy(() -> HistoryRepair.moveAside(ctx(), choice, true))
                .isInstanceOf(UserInputException.class)
                .hasMessageEndingWith("history.db: there is no history here; nothing to move");
    }

    @Test
    void aSoundHistoryStaysUnlessForcedAndAGarbledOneIsMovedWithItsProblem() throws Exception {
        Path file = choice.file(ctx());
        try (var h = StudyWiring.history(ctx(), choice)) {
            assertThat(h.answerCount()).isZero();
        }
        assertThatThrownBy(() -> HistoryRepair.moveAside(ctx(), choice, false))
                .isInstanceOf(UserInputException.class).hasMessageContaining("this history reads fine; nothing moved");
        assertThat(file).exists();

        HistoryRepair.Moved forced = HistoryRepair.moveAside(ctx(), choice, true);
        assertThat(forced.problem()).isNull();
        assertThat(file).doesNotExist();
        assertThat(forced.to()).exists();

        Files.writeString(file, "not a database at all");
        HistoryRepair.Moved garbled = HistoryRepair.moveAside(ctx(), choice, false);
        assertThat(garbled.problem()).isEqualTo("the history file is not an SQLite database");
        assertThat(Files.readString(garbled.to())).isEqualTo("not a database at all");
    }
}
