package org.sourcequiz.app;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.Stats;
import org.sourcequiz.study.StatsReport;
import org.sourcequiz.study.StatsReport.Granularity;
import org.sourcequiz.study.StatsText;

/** The study statistics of a bank from a history, for `stats` and Home's Statistics page. */
public final class StudyStats {
    private StudyStats() {}

    /** From the history, which is opened (and made, when there is none yet) to be read. */
    public static StatsReport report(AppContext ctx, HistoryChoice choice, Bank bank, Fsrs fsrs, Granularity by) {
        try (SqliteHistory history = StudyWiring.history(ctx, choice)) {
            return Stats.compute(bank, history.progress(), history.days(), fsrs, ctx.clock().instant(), by);
        }
    }

    /** As {@link #report}, but a first run's missing history is read as empty rather than made. */
    public static StatsReport reportIfAny(AppContext ctx, HistoryChoice choice, Bank bank, Fsrs fsrs, Granularity by) {
        if (!Files.exists(choice.file(ctx))) {
            return Stats.compute(bank, Map.of(), List.of(), fsrs, ctx.clock().instant(), by);
        }
        return report(ctx, choice, bank, fsrs, by);
    }

    /** Home's Statistics page: by day, drawn 96 wide, or why the history cannot be read. */
    public static List<String> homePage(AppContext ctx, HistoryChoice choice, Bank bank, Fsrs fsrs) {
        try {
            return SafeLines.of(StatsText.render(reportIfAny(ctx, choice, bank, fsrs, Granularity.DAY), StudyWiring.glyphs(ctx, false), 96));
        } catch (HistoryException e) {
            return List.of("The history cannot be read: " + e.getMessage());
        }
    }
}
