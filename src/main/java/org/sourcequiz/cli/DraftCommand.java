package org.sourcequiz.cli;

import java.nio.file.Path;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.DraftJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Draft questions from a plain-text article, with their passages.",
                "Every date, figure and quotation found, each with its sentence as the passage, goes in DIR/<id>.yaml"
                + " (each `status: draft`), and the article's entry in DIR/sources.yaml; then run `validate DIR --sources <its folder>`."})
public final class DraftCommand extends AppCommand {
    @Parameters(paramLabel = "ARTICLE.txt", description = "The article, as UTF-8 plain text.")
    Path article;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the drafts to.")
    Path out;

    @Option(names = "--source-id", paramLabel = "ID", description = "Id of the article's source (default: from its title).")
    String sourceId;

    @Option(names = "--title", paramLabel = "T", description = "The article's title (default: its first line).")
    String title;

    public DraftCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        DraftJob.Result r = DraftJob.run(ctx.workingDir().resolve(article), article.toString(), ctx.workingDir().resolve(out),
                sourceId, title);
        ctx.out().println(r.summary(out));
        return ExitCodes.OK;
    }
}
