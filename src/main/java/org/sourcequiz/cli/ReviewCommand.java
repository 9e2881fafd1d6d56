package org.sourcequiz.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.ReviewListing;
import org.sourcequiz.app.Reviews;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewBatch;
import org.sourcequiz.study.ReviewQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Spaced repetition: review what is due, then some new questions.",
                "Due questions come first, most overdue first; then new ones, up to a",
                "daily limit. --mistakes takes the questions last answered wrong instead.",
                "Answers are saved as they are given; --list only shows the questions."})
public final class ReviewCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Spec
    CommandSpec spec;

    @Mixin
    BankOptions bank;

    @Option(names = "--list", description = "Print the questions the review would ask, and stop.")
    boolean list;

    @Option(names = "--mistakes", description = "Re-ask the questions whose last answer was wrong, partial or skipped.")
    boolean mistakes;

    @Option(names = {"-n", "--limit"}, paramLabel = "COUNT", defaultValue = "50",
            description = "At most this many questions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--new", paramLabel = "COUNT", defaultValue = "" + ReviewQueue.DEFAULT_NEW_PER_DAY,
            description = "New questions a day, across all of the day's reviews (default: ${DEFAULT-VALUE}).")
    int newPerDay;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json, with --list (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    public ReviewCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (limit < 0 || newPerDay < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --new cannot be negative");
        }
        Bank b = BankOpening.valid(ctx, bank.paths);
        Fsrs fsrs = StudyWiring.fsrs(ctx);
        Instant now = ctx.clock().instant();
        Map<String, QuestionProgress> progress = Reviews.progress(ctx, Globals.of(spec).history());
        if (!list) {
            return runReview(b, fsrs, now, progress);
        }
        ReviewListing listing = new ReviewListing(b.setsByQuestionId());
        boolean json = format == OutputFormat.JSON;
        if (mistakes) {
            List<Question> qs = ReviewQueue.mistakes(b.questions(), progress, limit);
            print(json, () -> listing.mistakesJson(qs, progress), () -> listing.mistakesLines(qs, progress, fsrs.days()));
        } else {
            ReviewBatch batch = ReviewQueue.choose(b.questions(), progress, fsrs, now, newPerDay, limit);
            String today = fsrs.days().dayOf(now).toString();
            print(json, () -> listing.json(batch, today), () -> listing.lines(batch, today, newPerDay));
        }
        ctx.out().flush();
        return ExitCodes.OK;
    }

    private void print(boolean json, Supplier<Object> asJson, Supplier<List<String>> asLines) {
        if (json) {
            ctx.out().println(Json.write(asJson.get()));
        } else {
            asLines.get().forEach(ctx.out()::println);
        }
    }

    /** Asks the batch in plain mode, each answer saved to history as it is graded. */
    private int runReview(Bank b, Fsrs fsrs, Instant now, Map<String, QuestionProgress> progress) {
        List<Question> questions;
        if (mistakes) {
            questions = ReviewQueue.mistakes(b.questions(), progress, limit);
            if (questions.isEmpty()) {
                ctx.out().println(ReviewListing.NO_MISTAKES);
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } else {
            ReviewBatch batch = ReviewQueue.choose(b.questions(), progress, fsrs, now, newPerDay, limit);
            if (batch.isEmpty()) {
                ctx.out().println(Reviews.nextDue(b, progress).map(d -> "Nothing is due now; the next review is due " + d + ".")
                        .orElse("Nothing is due now, and nothing is scheduled yet."));
                ctx.out().flush();
                return ExitCodes.OK;
            }
            questions = batch.questions();
        }
        Reviews.Quiz quiz = Reviews.quiz(b, questions, now);
        GlobalOptions g = Globals.of(spec);
        String[] args = spec.root().commandLine().getParseResult().originalArgs().toArray(String[]::new);
        return RecordedQuiz.run(ctx, new Warnings(ctx.err()), StudyWiring.history(ctx, g.history()), e -> HistoryErrors.message(e, args),
                quiz.plan(), quiz.options(), ctx.clock(), quiz.record(), false, true, ctx.color(g.noColor),
                TerminalCheck.interactive(ctx.env()) ? b : null).exit();
    }
}
