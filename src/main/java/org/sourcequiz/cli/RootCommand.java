package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sourcequiz", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A terminal quiz on five articles about Belarus and Russia (2020–2022) that shows the",
                "source passage of every answer. With no command: the quiz home screen."},
        subcommands = {QuizCommand.class, ReviewCommand.class, StatsCommand.class, HistoryCommand.class,
                ValidateCommand.class, ListCommand.class, SchemaCommand.class, CompletionCommand.class},
        footer = {"", "Exit codes: 0 success, 1 problems in the input, 2 usage error, 3 internal error,",
                "130 interrupted (Ctrl-C), 143 stopped by SIGTERM, 129 by SIGHUP."})
public final class RootCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    public RootCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Home on the bundled bank in the text UI; without a terminal, the sets and how to start a
     * quiz. The bank is read on another thread while the terminal is set up, and the history is
     * opened only when the first answer is saved, so nothing slow stands before the first screen.
     */
    @Override
    public Integer call() {
        CompletableFuture<LoadResult> loading = CompletableFuture.supplyAsync(() -> new BankLoader(ctx.workingDir()).loadBundled());
        Supplier<Bank> bank = () -> bank(loading);
        if (TerminalCheck.interactive(ctx.env())) {
            String[] args = spec.commandLine().getParseResult().originalArgs().toArray(String[]::new);
            Warnings warnings = new Warnings(ctx.err());
            RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global),
                    e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
            // The due count needs the history: it is read beside the bank while the terminal is set up.
            CompletableFuture<List<HomeEntry>> entries = loading.thenApplyAsync(l -> StudyEntries.of(ctx, global, bank));
            Optional<TextUiLauncher.Ended> ended;
            try {
                ended = TextUiLauncher.home(ctx, warnings, bank,
                        () -> TextUiLauncher.settings(ctx.color(global), starter, join(entries), warnings));
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
