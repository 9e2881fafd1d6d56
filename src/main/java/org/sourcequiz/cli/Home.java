package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.SystemTerminal;

/**
 * Home on the bundled bank in the text UI; without a terminal, the sets and how to start a
 * quiz. The bank is read on another thread while the terminal is set up, the due count beside
 * Home, and the history is opened for writing only when the first answer is saved, so nothing
 * slow stands before the first screen.
 */
final class Home {
    private Home() {}

    /** {@code args} as typed, for messages that repeat the command line. */
    static int run(AppContext ctx, GlobalOptions global, String[] args) {
        // The bank is read on its own thread, and the terminal set up on another, while this one
        // makes ready the rest of what the first screen needs.
        Background<LoadResult> loading = Background.start("bank", () -> new BankLoader(ctx.workingDir()).loadBundled());
        Supplier<Bank> bank = () -> bank(loading);
        if (TerminalCheck.interactive(ctx.env())) {
            Warnings warnings = new Warnings(ctx.err());
            RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global),
                    e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
            Optional<TextUiLauncher.Ended> ended;
            try (TextUiLauncher.Opening ui = TextUiLauncher.open(ctx, warnings)) {
                // Slow firsts of a cold JVM that need no terminal, made on a thread of their own as well:
                // Lanterna's locale data, and the time-zone rules that study days need.
                Background.start("warm-up", () -> {
                    SystemTerminal.prepare();
                    return ctx.clock().getZone();
                });
                List<HomeEntry> entries = StudyEntries.of(ctx, global, bank);
                ended = ui.home(bank, () -> TextUiLauncher.settings(ctx.color(global), starter, entries, warnings));
            } finally {
                starter.finishAll();
            }
            if (ended.isPresent()) {
                if (ended.get().killed()) {
                    int saved = starter.savedInUnfinished();
                    ctx.err().println("sourcequiz: stopped by " + ended.get().signalName() + (saved == 0 ? ""
                            : "; the answers given are saved, and `sourcequiz quiz --resume` goes on with the quiz left unfinished"));
                }
                return ended.get().exitCode();
            }
        }
        PlainHome.print(ctx.out(), bank.get());
        return ExitCodes.OK;
    }

    private static Bank bank(Background<LoadResult> loading) {
        LoadResult loaded = loading.get();
        if (loaded.hasErrors()) {
            throw new UserInputException(loaded.errorCount() + " errors in the bundled questions; run `sourcequiz validate` to see them");
        }
        return loaded.bank();
    }
}
