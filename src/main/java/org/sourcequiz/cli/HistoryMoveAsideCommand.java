package org.sourcequiz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "move-aside", mixinStandardHelpOptions = true,
        description = {"Set a damaged history aside and start a new one; nothing is deleted.",
                "The file is renamed to history.db.damaged-TIME beside it. A history",
                "that reads fine is left where it is unless --force."})
public final class HistoryMoveAsideCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Option(names = "--force", description = "Move the history aside even if it reads fine.")
    boolean force;

    public HistoryMoveAsideCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        GlobalOptions g = Globals.of(spec);
        Path file = g.history().file(ctx);
        if (!Files.exists(file)) {
            throw new UserInputException(file + ": there is no history here; nothing to move");
        }
        String problem = problem(g);
        if (problem == null && !force) {
            throw new UserInputException(file + ": this history reads fine; nothing moved (use --force to move it aside anyway)");
        }
        try {
            Path moved = HistoryFiles.moveAside(file, ctx.clock().instant());
            ctx.out().println("Moved " + file + (problem == null ? "" : " (" + problem + ")") + " to " + moved
                    + "; the next quiz starts a new history.");
        } catch (IOException e) {
            throw new UserInputException(file + ": cannot move it (" + e.getMessage() + ")");
        }
        return ExitCodes.OK;
    }

    /** What is wrong with the history, or null if it opens and passes SQLite's quick check. */
    private String problem(GlobalOptions g) {
        try (SqliteHistory history = StudyWiring.history(ctx, g.history())) {
            List<String> problems = history.integrityProblems();
            return problems.isEmpty() ? null : "damaged: " + problems.get(0);
        } catch (HistoryException e) {
            return e.detail();
        }
    }
}
