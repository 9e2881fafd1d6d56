package org.sourcequiz.cli;

import java.util.List;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Reviews;
import org.sourcequiz.app.StudyStats;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.model.Bank;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.ReviewQueue;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.TextPage;

/** The Home rows for studying over days: today's review with its due count, and the statistics. */
final class StudyEntries {
    private StudyEntries() {}

    /** The rows, at once: the due count is counted beside Home, whose Review row shows it when it is known. */
    static List<HomeEntry> of(AppContext ctx, GlobalOptions g, Supplier<Bank> bank) {
        Supplier<Fsrs> fsrs = StudyWiring.fsrsWhenNeeded(ctx);
        Intent review = new Intent.StartQuiz(() -> Reviews.todaysPlan(ctx, g.history(), bank.get(), fsrs.get()), QuizOptions.of(Mode.PRACTICE));
        Intent stats = new Intent.ShowPage(() -> new TextPage("Statistics",
                StudyStats.homePage(ctx, g.history(), bank.get(), fsrs.get())));
        String rest = " · due questions first, then up to " + ReviewQueue.DEFAULT_NEW_PER_DAY + " new";
        // A first run has no history: nothing to open, nothing to count.
        HomeEntry reviewRow = Reviews.dueCountBeside(ctx, g.history(), bank, fsrs)
                .map(due -> new HomeEntry("Review", () -> due.get() + rest, true, review))
                .orElse(new HomeEntry("Review", "nothing answered yet" + rest, review));
        return List.of(reviewRow, new HomeEntry("Statistics", "accuracy, streaks, reviews due in the next 14 days", stats));
    }
}
