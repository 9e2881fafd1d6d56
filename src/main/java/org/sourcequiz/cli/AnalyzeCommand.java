package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.ItemAnalysisJson;
import org.sourcequiz.app.ItemAnalysisText;
import org.sourcequiz.app.ResultsAnalysis;
import org.sourcequiz.app.SafeLines;
import org.sourcequiz.app.StudyWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Item analysis of a class's results, as Moodle's quiz statistics compute it.",
                "Reads results files written by `quiz --results` (JSON or CSV) and history databases",
                "(one student per profile, with their first answer to each question); folders are searched.",
                "Per question: n, facility, standard deviation, discrimination (correlation with the rest",
                "of the test), discriminative efficiency, flags, and how often each option was picked.",
                "Per test: students, mean, median, standard deviation, Cronbach's alpha, distribution."})
public final class AnalyzeCommand extends AppCommand {
    @Parameters(paramLabel = "RESULTS", arity = "1..*", description = "Results files (.json, .csv), history databases (.db) or folders of them.")
    List<Path> paths;

    @Option(names = "--questions", paramLabel = "PATH",
            description = "The question files the history databases were answered on, for kinds and options (default: the bundled bank).")
    List<Path> questions = List.of();

    @Option(names = "--json", description = "Print the analysis as JSON (shape in the README).")
    boolean json;

    @Option(names = "--ascii", description = "Draw the chart with ASCII characters only.")
    boolean ascii;

    public AnalyzeCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ResultsAnalysis.Outcome o;
        try (ProgressLine progress = ProgressLine.forStderr(ctx)) {
            o = ResultsAnalysis.run(paths.stream().map(ctx.workingDir()::resolve).toList(),
                    () -> BankOpening.valid(ctx, questions),
                    (done, total) -> progress.count("analyze: reading file", done, total));
        }
        // Question ids and options come from files: SafeLines keeps terminal controls out.
        Print.jsonOrLines(ctx, json, () -> ItemAnalysisJson.of(o),
                () -> SafeLines.of(ItemAnalysisText.render(o, StudyWiring.glyphs(ctx, ascii), StudyWiring.width(ctx))));
        return ExitCodes.OK;
    }
}
