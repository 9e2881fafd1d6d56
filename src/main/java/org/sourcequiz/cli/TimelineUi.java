package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;

/** `sourcequiz timeline` on a terminal: the timeline screen as the whole UI; its quizzes are saved to history as Home's are. */
final class TimelineUi {
    private TimelineUi() {}

    static int run(AppContext ctx, GlobalOptions global, Bank bank, List<TimelineEvent> events) {
        Warnings warnings = new Warnings(ctx.err());
        String[] args = {"timeline"};
        RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global.history()),
                e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
        Optional<TextUiLauncher.Ended> ended;
        try {
            ended = TextUiLauncher.timeline(ctx, warnings, bank,
                    TextUiLauncher.settings(ctx.color(global.noColor), starter::start, warnings), TimelineEntry.data(bank, events));
        } finally {
            starter.finishAll();
        }
        if (ended.isEmpty()) {
            // The terminal could not be opened (said on stderr): the lines, as without a terminal.
            print(ctx, events);
            return ExitCodes.OK;
        }
        if (ended.get().killed()) {
            ctx.err().println("sourcequiz: stopped by " + ended.get().signalName());
        }
        return ended.get().exitCode();
    }

    static void print(AppContext ctx, List<TimelineEvent> events) {
        if (events.isEmpty()) {
            ctx.out().println("No dated events: the filters leave none, or no question has a date or an event line.");
        }
        TimelineBank.plain(events).forEach(ctx.out()::println);
    }
}
