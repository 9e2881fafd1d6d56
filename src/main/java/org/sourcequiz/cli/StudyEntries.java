package org.sourcequiz.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Background;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewQueue;
import org.sourcequiz.study.Stats;
import org.sourcequiz.study.StatsReport;
import org.sourcequiz.study.StatsText;
import org.sourcequiz.text.TerminalSafety;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.TextPage;

/** The Home rows for studying over days: today's review with its due count, and the statistics. */
final class StudyEntries {
    private static final int REVIEW_LIMIT = 50;

    private StudyEntries() {}

    /**
     * The rows, at once: a history's due count needs SQLite, a tenth of a second of a cold start,
     * so it is counted beside Home, whose Review row shows it when it is known.
     */
    static List<HomeEntry> of(AppContext ctx, GlobalOptions g, Supplier<Bank> bank) {
        Supplier<Fsrs> fsrs = StudyWiring.fsrsWhenNeeded(ctx);
        Intent review = new Intent.StartQuiz(() -> reviewPlan(ctx, g, bank.get(), fsrs.get()), QuizOptions.of(Mode.PRACTICE));
        Intent stats = new Intent.ShowPage(() -> statsPage(ctx, g, bank.get(), fsrs.get()));
        String rest = " · due questions first, then up to " + ReviewQueue.DEFAULT_NEW_PER_DAY + " new";
        HomeEntry reviewRow;
        if (Files.exists(g.history().file(ctx))) {
            Background<String> due = Background.start("due count", () -> dueCount(ctx, g, bank, fsrs.get()));
            reviewRow = new HomeEntry("Review", () -> due.getNow(COUNTING) + rest, true, review);
        } else {
            // A first run has no history: nothing to open, nothing to count.
            reviewRow = new HomeEntry("Review", "nothing answered yet" + rest, review);
        }
        return List.of(reviewRow, new HomeEntry("Statistics", "accuracy, streaks, reviews due in the next 14 days", stats));
    }

    /** What the Review row says until the count is known. */
    static final String COUNTING = "counting what is due…";

    private static String dueCount(AppContext ctx, GlobalOptions g, Supplier<Bank> bank, Fsrs fsrs) {
        try (SqliteHistory h = StudyWiring.history(ctx, g.history())) {
            return ReviewQueue.dueCount(bank.get().questions(), h.progress(), fsrs, ctx.clock().instant()) + " due";
        } catch (HistoryException e) {
            return "history unavailable: " + e.getMessage();
        }
    }

    private static QuizPlan reviewPlan(AppContext ctx, GlobalOptions g, Bank bank, Fsrs fsrs) {
        List<String> ids = ReviewQueue.choose(bank.questions(), progress(ctx, g), fsrs, ctx.clock().instant(),
                ReviewQueue.DEFAULT_NEW_PER_DAY, REVIEW_LIMIT).questions().stream().map(Question::id).toList();
        return QuizPlan.ofIds(bank, ids, new Random().nextInt(1_000_000));
    }

    /**
     * What history knows of each question; nothing when there is no history yet, which is not
     * created just to be read (the folder may be read-only: the quiz must still run).
     */
    private static Map<String, QuestionProgress> progress(AppContext ctx, GlobalOptions g) {
        if (!Files.exists(g.history().file(ctx))) {
            return Map.of();
        }
        try (SqliteHistory h = StudyWiring.history(ctx, g.history())) {
            return h.progress();
        }
    }

    private static TextPage statsPage(AppContext ctx, GlobalOptions g, Bank bank, Fsrs fsrs) {
        if (!Files.exists(g.history().file(ctx))) {
            var report = Stats.compute(bank, Map.of(), List.of(), fsrs, ctx.clock().instant(), StatsReport.Granularity.DAY);
            return page(ctx, report);
        }
        try (SqliteHistory h = StudyWiring.history(ctx, g.history())) {
            return page(ctx, Stats.compute(bank, h.progress(), h.days(), fsrs, ctx.clock().instant(), StatsReport.Granularity.DAY));
        } catch (HistoryException e) {
            return new TextPage("Statistics", List.of("The history cannot be read: " + e.getMessage()));
        }
    }

    private static TextPage page(AppContext ctx, StatsReport report) {
        return new TextPage("Statistics", StatsText.render(report, StudyWiring.glyphs(ctx, false), 96).stream()
                .map(line -> TerminalSafety.sanitize(line).replace('\n', ' ')).toList());
    }
}
