package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.SourceArticles;
import org.sourcequiz.app.SourcesJson;
import org.sourcequiz.app.SourcesText;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.tui.TextUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "The articles the questions come from, with their counts; with an ID, that article with its cited passages marked.")
public final class SourcesCommand extends AppCommand {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "A source's id (as `sourcequiz sources` lists them).")
    String id;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "The folder of the article texts named in questions/sources.yaml (default: $SOURCEQUIZ_SOURCES).")
    Path sources;

    @Mixin
    ExploreOptions shown;

    public SourcesCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        boolean screen = shown.screen(ctx);
        SourceArticles articles = new SourceArticles(BankOpening.valid(ctx, shown.bankPaths), SourceArticles.dir(ctx, sources));
        // Read before any screen opens, so an unknown id or a missing article is a one-line error.
        Optional<SourceArticle> article = Optional.ofNullable(id).map(articles::article);
        if (screen) {
            Optional<Integer> ended = TextUiLauncher.alone(ctx, global(), args(), settings -> t -> TextUi.sources(t,
                    articles.bank(), settings.withArticles(new SourcesShelf(() -> articles)), Optional.ofNullable(id)));
            if (ended.isPresent()) {
                return ended.get();
            }
        }
        Print.jsonOrLines(ctx, shown.json, () -> article.map(SourcesJson::article).orElseGet(() -> SourcesJson.list(articles.summaries())),
                () -> article.map(SourcesText::article).orElseGet(() -> SourcesText.list(articles.summaries())));
        return ExitCodes.OK;
    }
}
