package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.Background;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.Warnings;
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
        if (!TerminalCheck.interactive(ctx.env())) {
            PlainHome.print(ctx.out(), BankOpening.validBundled(BankOpening.bundled(ctx)));
            return ExitCodes.OK;
        }
        Warnings warnings = new Warnings(ctx.err());
        RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global.history()),
                e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
        Optional<TextUiLauncher.Ended> ended;
        Background<LoadResult> loading;
        // The terminal is set up on its own thread (the longest of the three, mostly waiting on stty
        // and the terminal), the bank is read on another, while this one makes ready the rest.
        try (TextUiLauncher.Opening ui = TextUiLauncher.open(ctx, warnings)) {
            loading = Background.start("bank", () -> BankOpening.bundled(ctx));
            Supplier<Bank> bank = () -> BankOpening.validBundled(loading.get());
            // Slow firsts of a cold JVM that touch nothing on the screen, made beside the opening too:
            // reading the terminal's settings on a thread of its own, Lanterna's locale data on this
            // one, which would otherwise only wait. (The time-zone rules wait for the first answer:
            // reading them here took the CPU the first screen was waiting for.)
            Background.start("stty", () -> {
                SystemTerminal.readSettingsAhead();
                return null;
            });
            SystemTerminal.prepareDrawing();
            List<HomeEntry> entries = SearchEntry.with(StudyEntries.of(ctx, global, bank), ctx, global, bank);
            ended = ui.home(bank, () -> TextUiLauncher.settings(ctx.color(global.noColor), starter::start, entries, warnings));
        } finally {
            starter.finishAll();
        }
        if (ended.isEmpty()) {
            // The terminal could not be opened (said on stderr): the sets, as without a terminal.
            PlainHome.print(ctx.out(), BankOpening.validBundled(loading.get()));
            return ExitCodes.OK;
        }
        if (ended.get().killed()) {
            int saved = starter.savedInUnfinished();
            ctx.err().println("sourcequiz: stopped by " + ended.get().signalName() + (saved == 0 ? ""
                    : "; the answers given are saved, and `sourcequiz quiz --resume` goes on with the quiz left unfinished"));
        }
        return ended.get().exitCode();
    }
}
