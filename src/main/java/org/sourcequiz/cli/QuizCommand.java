package org.sourcequiz.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.QuizFiles;
import org.sourcequiz.app.QuizFilters;
import org.sourcequiz.app.QuizStart;
import org.sourcequiz.app.Resumption;
import org.sourcequiz.app.ResultsFile;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.model.Bank;
import org.sourcequiz.plain.PlainPrompt;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.UnfinishedSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Run a quiz on the bundled bank or on the given question files.",
                "Answer one question per line in plain mode; :skip, :quit and :help are commands."})
public final class QuizCommand extends AppCommand {
    @Mixin
    BankOptions bank;

    @Mixin
    SetTagOptions only;

    @Option(names = "--source", paramLabel = "ID", split = ",", description = "Only questions from this source (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only this kind: choice, multi, truefalse, number, date, text, order, match (repeatable).")
    List<String> kinds = new ArrayList<>();

    @Option(names = {"-n", "--count"}, paramLabel = "N", defaultValue = "0",
            description = "How many questions (default: all that match).")
    int count;

    @Option(names = "--seed", paramLabel = "N",
            description = "Decides the questions, their order and their options' order (default: random, shown at the end).")
    Long seed;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "practice",
            description = "practice (feedback after each answer), exam (feedback at the end) or flashcard (default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--time-limit", paramLabel = "TIME", converter = DurationConverter.class,
            description = "End the quiz after this long, e.g. 10m, 90s or 1h30m; unanswered questions count as skipped.")
    Duration timeLimit;

    @Option(names = "--negative-marking", paramLabel = "SHARE", arity = "0..1", fallbackValue = "0.25",
            description = "Exam mode: a wrong choice or true/false answer loses this share of its points (default when given: ${FALLBACK-VALUE}).")
    Double negativeMarking;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every FILE as gift, aiken or moodlexml (default: .gift, .txt and .xml files by their content).")
    org.sourcequiz.interop.InteropFormat moodleFormat;

    @Option(names = "--include-drafts", description = "Also ask questions marked `status: draft` (left out by default).")
    boolean includeDrafts;

    @Option(names = "--search", paramLabel = "WORDS",
            description = "Only the questions a search for WORDS finds (as `sourcequiz search`; quote several words).")
    List<String> search = new ArrayList<>();

    @Option(names = "--plain", description = "Line-based mode: one answer per line (also used when there is no terminal).")
    boolean plain;

    @Option(names = "--resume",
            description = "Continue the last quiz that was killed before its end: the questions it did not reach, in its order.")
    boolean resume;

    @Option(names = "--results", paramLabel = "FILE",
            description = "Also write the result to FILE: JSON, or CSV when FILE ends in .csv.")
    Path results;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "The folder of the article texts (default: $SOURCEQUIZ_SOURCES): after an answer, a shows the whole article.")
    Path articles;

    public QuizCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        QuizStart.Request request = new QuizStart.Request(new QuizFilters(only.sets, only.tags, sources, kinds, count),
                QuizStart.options(mode, timeLimit, negativeMarking, includeDrafts), seed, search, resume);
        Bank b = QuizFiles.bank(ctx, bank.paths, moodleFormat);
        GlobalOptions g = global();
        Warnings warnings = new Warnings(ctx.err());
        SqliteHistory history = StudyWiring.history(ctx, g.history());
        QuizStart.Planned planned = QuizStart.plan(ctx.clock(), history, warnings, RecordedQuiz.describer(this), b, request,
                this::offer);
        RecordedQuiz.Ran ran = RecordedQuiz.run(this, history, warnings, planned, !plain && TerminalCheck.interactive(ctx.env()) ? b : null,
                articles);
        // No results file when a signal killed the quiz: it is resumed later, and its results written then.
        if (results != null && ran.exit() < 128) {
            ResultsFile.write(ctx.workingDir().resolve(results), ran.result(), request.filters().json(bank.paths, timeLimit,
                    negativeMarking), g.profile, ctx.clock().instant());
        }
        return ran.exit();
    }

    /** A killed quiz is offered back with a question on a terminal; scripted input gets a notice instead. */
    private QuizStart.Offer offer(UnfinishedSession u) {
        if (System.console() == null) {
            ctx.err().println(Resumption.notice(u, ctx.clock().getZone()));
            return QuizStart.Offer.LEAVE;
        }
        String line = PlainPrompt.ask(ctx.in(), ctx.out(), Resumption.question(u, ctx.clock().getZone()));
        return Resumption.accepts(line) ? QuizStart.Offer.RESUME : QuizStart.Offer.ABANDON;
    }
}
