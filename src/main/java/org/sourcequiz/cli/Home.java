package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;

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
        CompletableFuture<LoadResult> loading = CompletableFuture.supplyAsync(() -> new BankLoader(ctx.workingDir()).loadBundled());
        Supplier<Bank> bank = () -> bank(loading);
        if (TerminalCheck.interactive(ctx.env())) {
            // Two slow firsts of a cold JVM, the signal handler's proxy class and the time-zone rules
            // (study days need the zone), are made on their own thread while this one goes on.
            Thread warmUp = new Thread(() -> {
                TerminationSignals.prepare();
                ctx.clock().getZone();
            }, "sourcequiz warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            Warnings warnings = new Warnings(ctx.err());
            RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global),
                    e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
            List<HomeEntry> entries = StudyEntries.of(ctx, global, bank);
            Optional<TextUiLauncher.Ended> ended;
            try {
                ended = TextUiLauncher.home(ctx, warnings, bank,
                        () -> TextUiLauncher.settings(ctx.color(global), starter, entries, warnings));
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

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Bank bank(CompletableFuture<LoadResult> loading) {
        LoadResult loaded = join(loading);
        if (loaded.hasErrors()) {
            throw new UserInputException(loaded.errorCount() + " errors in the bundled questions; run `sourcequiz validate` to see them");
        }
        return loaded.bank();
    }
}
