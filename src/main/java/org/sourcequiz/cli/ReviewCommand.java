package org.sourcequiz.cli;

import java.util.Optional;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.ReviewChoice;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.model.Bank;
import org.sourcequiz.study.ReviewQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Spaced repetition: review what is due, then some new questions.",
                "Due questions come first, most overdue first; then new ones, up to a",
                "daily limit. --mistakes takes the questions last answered wrong instead.",
                "Answers are saved as they are given; --list only shows the questions."})
public final class ReviewCommand extends AppCommand {
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
        super(ctx);
    }

    @Override
    public Integer call() {
        if (limit < 0 || newPerDay < 0) {
            throw new ParameterException(spec.commandLine(), "--limit and --new cannot be negative");
        }
        Bank b = BankOpening.valid(ctx, bank.paths);
        GlobalOptions g = global();
        ReviewChoice choice = ReviewChoice.of(ctx, g.history(), b, mistakes, limit, newPerDay);
        if (list) {
            Print.jsonOrLines(ctx, format == OutputFormat.JSON, choice::json, choice::lines);
            return ExitCodes.OK;
        }
        Optional<String> nothing = choice.nothingToAsk();
        if (nothing.isPresent()) {
            ctx.out().println(nothing.get());
            ctx.out().flush();
            return ExitCodes.OK;
        }
        // Asked in plain mode or the text UI, each answer saved to history as it is graded.
        return RecordedQuiz.run(this, StudyWiring.history(ctx, g.history()), new Warnings(ctx.err()), choice.planned(),
                TerminalCheck.interactive(ctx.env()) ? b : null, null).exit();
    }
}
