package org.sourcequiz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sourcequiz.app.SessionRecords;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.QuizFilters;
import org.sourcequiz.app.Resumption;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.app.ResultsFile;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.UsageException;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.UnfinishedSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Run a quiz on the bundled bank or on the given question files.",
                "Answer one question per line in plain mode; :skip, :quit and :help are commands."})
public final class QuizCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Mixin
    BankOptions bank;

    @ParentCommand
    RootCommand root;

    @Option(names = "--set", paramLabel = "ID", split = ",", description = "Only this set (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only questions with this tag (repeatable).")
    List<String> tags = new ArrayList<>();

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

    @Spec
    CommandSpec spec;

    public QuizCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (count < 0) {
            throw new UsageException("--count must be 0 (all) or more, not " + count);
        }
        if (negativeMarking != null && mode != Mode.EXAM) {
            throw new UsageException("--negative-marking applies to --mode exam only");
        }
        if (negativeMarking != null && (negativeMarking < 0 || negativeMarking > 1)) {
            throw new UsageException("--negative-marking takes a share of the points from 0 to 1, e.g. 0.25");
        }
        Bank b = MoodleQuizFiles.bank(ctx, bank, moodleFormat);
        GlobalOptions g = Globals.of(spec);
        Clock clock = ctx.clock();
        Warnings warnings = new Warnings(ctx.err());
        SqliteHistory history = StudyWiring.history(ctx, g.history());
        boolean historyUsable = true;
        Optional<UnfinishedSession> unfinished = Optional.empty();
        // Only an existing history is read here: a first quiz creates its file with its first answer.
        if (Files.exists(history.file())) {
            try {
                unfinished = Resumption.candidate(history);
            } catch (HistoryException e) {
                if (resume) {
                    throw e;
                }
                warnings.warn(describer().apply(e) + "; this quiz goes on without saving to history");
                historyUsable = false;
            }
        }
        if (resume) {
            UnfinishedSession u = unfinished.orElseThrow(() -> new UserInputException(
                    "there is no unfinished quiz to resume; `sourcequiz quiz` starts a new one"));
            return resumed(b, warnings, history, u, g);
        }
        if (unfinished.isPresent()) {
            UnfinishedSession u = unfinished.get();
            if (System.console() != null) {
                if (ResumeOffer.ask(ctx.in(), ctx.out(), u, clock.getZone())) {
                    return resumed(b, warnings, history, u, g);
                }
                try {
                    history.finishSession(u.session().id(), clock.instant(), SessionOutcome.ABANDONED);
                } catch (HistoryException e) {
                    warnings.warn(describer().apply(e) + "; this quiz goes on without saving to history");
                    historyUsable = false;
                }
            } else {
                ctx.err().println(ResumeOffer.notice(u, clock.getZone()));
            }
        }
        QuizFilters filters = new QuizFilters(sets, tags, sources, kinds, count);
        QuizOptions options = new QuizOptions(mode, Optional.ofNullable(timeLimit), negativeMarking == null ? 0 : negativeMarking,
                includeDrafts);
        Bank drawn = search.isEmpty() ? b : SearchBank.restrict(b, SearchBank.find(b, String.join(" ", search)));
        if (!search.isEmpty() && drawn.questions().isEmpty()) {
            throw new UserInputException("no questions match --search '" + String.join(" ", search)
                    + "'; `sourcequiz search WORDS` shows what a search finds");
        }
        QuizPlan plan = filters.plan(drawn, seed != null ? seed : new Random().nextInt(1_000_000), options);
        SessionRecord record = SessionRecords.start(plan, options, clock.instant());
        RecordedQuiz.Ran ran = RecordedQuiz.run(ctx, warnings, history, describer(), plan, options, clock, record, false,
                historyUsable, ctx.color(g.noColor), useTextUi(plain) ? b : null, articles);
        return writeResults(ran, filters);
    }

    /** The results file, unless a signal killed the quiz (it is resumed later, and its results written then). */
    private int writeResults(RecordedQuiz.Ran ran, QuizFilters filters) {
        if (results != null && ran.exit() < 128) {
            ResultsFile.write(ctx.workingDir().resolve(results), ran.result(), filters.json(bank.paths, timeLimit, negativeMarking),
                    Globals.of(spec).profile, ctx.clock().instant());
        }
        return ran.exit();
    }

    /** Asks the questions a killed quiz did not reach, in its order, under its session id and settings. */
    private int resumed(Bank b, Warnings warnings, SqliteHistory history, UnfinishedSession u, GlobalOptions g) {
        QuizPlan plan = Resumption.plan(b, u, ctx.clock().getZone());
        QuizOptions options = SessionRecords.options(u.session());
        RecordedQuiz.Ran ran = RecordedQuiz.run(ctx, warnings, history, describer(), plan, options, ctx.clock(), u.session(),
                true, true, ctx.color(g.noColor), useTextUi(plain) ? b : null);
        return writeResults(ran, new QuizFilters(sets, tags, sources, kinds, count));
    }

    /** The one-line message for a history that cannot be used, with the same --data-dir and --profile in its fix. */
    private Function<HistoryException, String> describer() {
        String[] args = spec.root().commandLine().getParseResult().originalArgs().toArray(String[]::new);
        return e -> HistoryErrors.message(e, args);
    }

    /** The Lanterna text UI unless --plain was asked for or there is no terminal to run it on. */
    boolean useTextUi(boolean plainAsked) {
        return !plainAsked && TerminalCheck.interactive(ctx.env());
    }

    /** One line left in the shell after the text UI has cleared its screen. */
    static String summary(QuizResult r) {
        long minutes = r.taken().toSeconds() / 60;
        long seconds = r.taken().toSeconds() % 60;
        String points = ResultsFile.num(r.points()) + " of " + ResultsFile.num(r.maxPoints());
        return "sourcequiz: " + points + (r.maxPoints() == 1 ? " point" : " points") + " (" + Math.round(r.percentage())
                + "%) in " + minutes + ":" + String.format("%02d", seconds) + "; the same quiz again: --seed " + r.seed();
    }
}
