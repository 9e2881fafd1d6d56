package org.sourcequiz.cli;

import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcequiz.app.ItemAnalysisJson;
import org.sourcequiz.app.ItemAnalysisText;
import org.sourcequiz.app.ResultsAnalysis;
import org.sourcequiz.app.ResultsFileException;
import org.sourcequiz.text.TerminalSafety;
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
public final class AnalyzeCommand implements Callable<Integer> {
    private final AppContext ctx;

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
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<Path> resolved = paths.stream().map(ctx.workingDir()::resolve).toList();
        CountedProgressLine progress = CountedProgressLine.forStderr(ctx, "analyze: reading file");
        ResultsAnalysis.Outcome o;
        try {
            o = ResultsAnalysis.run(resolved, () -> BankOpening.valid(ctx, questions), progress::update);
        } catch (ResultsFileException e) {
            throw new UserInputException(e.getMessage());
        } finally {
            progress.done();
        }
        if (json) {
            ctx.out().println(Json.write(ItemAnalysisJson.of(o)));
        } else {
            // Question ids and options come from files: keep terminal controls out.
            ItemAnalysisText.render(o, StudyWiring.glyphs(ctx, ascii), StudyWiring.width(ctx))
                    .forEach(line -> ctx.out().println(TerminalSafety.sanitize(line).replace('\n', ' ')));
        }
        ctx.out().flush();
        return ExitCodes.OK;
    }
}
