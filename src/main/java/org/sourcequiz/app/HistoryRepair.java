package org.sourcequiz.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;

/** Setting a damaged history aside so the next quiz starts a new one; nothing is deleted. */
public final class HistoryRepair {
    private HistoryRepair() {}

    /**
     * Where the history went.
     *
     * @param problem what was wrong with it, or null when it read fine (moved with force)
     */
    public record Moved(Path from, Path to, String problem) {
        /** What was done, and what comes next. */
        public String describe() {
            return "Moved " + from + (problem == null ? "" : " (" + problem + ")") + " to " + to + "; the next quiz starts a new history.";
        }
    }

    /** Moves the history aside when it is damaged, or in any case with {@code force}; else a one-line error. */
    public static Moved moveAside(AppContext ctx, HistoryChoice choice, boolean force) {
        Path file = choice.file(ctx);
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": there is no history here; nothing to move");
        }
        String problem = problem(ctx, choice);
        if (problem == null && !force) {
            throw new UserInputException(file + ": this history reads fine; nothing moved (use --force to move it aside anyway)");
        }
        try {
            return new Moved(file, HistoryFiles.moveAside(file, ctx.clock().instant()), problem);
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot move it (" + e.getMessage() + ")");
        }
    }

    /** What is wrong with the history, or null if it opens and passes SQLite's quick check. */
    private static String problem(AppContext ctx, HistoryChoice choice) {
        try (SqliteHistory history = StudyWiring.history(ctx, choice)) {
            List<String> problems = history.integrityProblems();
            return problems.isEmpty() ? null : "damaged: " + problems.get(0);
        } catch (HistoryException e) {
            return e.detail();
        }
    }
}
