package org.sourcequiz.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.Background;
import org.sourcequiz.app.HistoryErrors;
import org.sourcequiz.app.HomeText;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.SystemTerminal;
import org.sourcequiz.tui.TerminalRun;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.TextUi;

/**
 * Home on the bundled bank in the text UI; without a terminal, the sets and how to start a
 * quiz. The due count fills its row when known, and the history is opened for writing only when
 * the first answer is saved, so nothing slow stands before the first screen.
 */
final class Home {
    private Home() {}

    /**
     * {@code args} as typed, for messages that repeat the command line; {@code sources}: the folder
     * of the article texts (--sources), or null for $SOURCEQUIZ_SOURCES or none.
     */
    static int run(AppContext ctx, GlobalOptions global, String[] args, java.nio.file.Path sources) {
        if (!TerminalCheck.interactive(ctx.env())) {
            HomeText.lines(BankOpening.valid(ctx, List.of())).forEach(ctx.out()::println);
            return ExitCodes.OK;
        }
        // A second core reads the bank (and prepares Lanterna) while this one sets the terminal up (README, Speed).
        Supplier<Bank> bank = Background.start("bank", SystemTerminal.preparedFirst(() -> BankOpening.valid(ctx, List.of())));
        Warnings warnings = new Warnings(ctx.err());
        RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global.history()),
                e -> HistoryErrors.message(e, args), ctx.clock(), warnings);
        Optional<TerminalRun.Ended> ended;
        try {
            List<HomeEntry> entries = TimelineEntry.with(SearchEntry.with(StudyEntries.of(ctx, global, bank), ctx, global, bank), bank);
            SourcesShelf shelf = new SourcesShelf(() -> new SourceArticles(bank.get(), SourceArticles.dir(ctx, sources)));
            var settings = TextUiLauncher.settings(ctx.color(global.noColor), starter::start, SourcesShelf.with(entries, shelf), warnings)
                    .withArticles(shelf);
            ended = TextUiLauncher.run(ctx, warnings, t -> TextUi.home(t, bank.get(), settings));
        } finally {
            starter.finishAll();
        }
        if (ended.isEmpty()) {
            // The terminal could not be opened (said on stderr): the sets, as without a terminal.
            HomeText.lines(bank.get()).forEach(ctx.out()::println);
            return ExitCodes.OK;
        }
        if (ended.get().killed()) {
            int saved = starter.savedInUnfinished();
            ctx.err().println("sourcequiz: stopped by " + ended.get().signalName() + (saved == 0 ? ""
                    : "; the answers given are saved, and `sourcequiz quiz --resume` goes on with the quiz left unfinished"));
        }
        return TextUiLauncher.exitCode(ended.get());
    }
}
