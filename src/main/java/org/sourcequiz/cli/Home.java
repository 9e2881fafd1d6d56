package org.sourcequiz.cli;

import java.util.List;
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
            RecordingStarter starter = new RecordingStarter(ctx, StudyWiring.history(ctx, global),
                    e -> HistoryErrors.message(e, args), ctx.clock());
            List<HomeEntry> entries = StudyEntries.of(ctx, global, bank);
            try {
                if (TextUiLauncher.home(ctx, bank, () -> TextUiLauncher.settings(ctx.color(global), starter, entries))) {
                    return ExitCodes.OK;
                }
            } finally {
                starter.finishAll();
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
