package org.sourcequiz.cli;

import java.util.Optional;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.RecordingStarter;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.tui.TuiSettings;

/** `sourcequiz sources` on a terminal: the list (or one article) in the text UI; quizzes started there are saved to history. */
final class SourcesUi {
    private SourcesUi() {}

    /** The exit code; empty when the terminal could not be opened (said on stderr), so the caller prints lines instead. */
    static Optional<Integer> run(AppContext ctx, GlobalOptions global, SourceArticles articles, Optional<String> id) {
        Warnings warnings = new Warnings(ctx.err());
        RecordingStarter starter = new RecordingStarter(StudyWiring.history(ctx, global.history()),
                e -> HistoryErrors.message(e, new String[] {"sources"}), ctx.clock(), warnings);
        try {
            TuiSettings settings = TextUiLauncher.settings(ctx.color(global.noColor), starter::start, warnings)
                    .withArticles(new SourcesShelf(() -> articles));
            return TextUiLauncher.sources(ctx, warnings, articles.bank(), settings, id).map(TextUiLauncher.Ended::exitCode);
        } finally {
            starter.finishAll();
        }
    }
}
