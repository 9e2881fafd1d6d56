package org.sourcequiz.cli;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcequiz.app.SessionRecords;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.StudyWiring;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.store.ProcessOwner;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Card;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewBatch;
import org.sourcequiz.study.ReviewItem;
import org.sourcequiz.study.ReviewQueue;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.text.TerminalSafety;
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
    private static final int PROMPT_WIDTH = 60;

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
        Map<String, QuestionProgress> progress = Map.of();
        // No history yet is nothing answered yet; it is not created just to be read (the folder may be read-only).
        if (Files.exists(Globals.of(spec).history().file(ctx))) {
            try (SqliteHistory history = StudyWiring.history(ctx, Globals.of(spec).history())) {
                progress = history.progress();
            }
        }
        if (!list) {
            return runReview(b, fsrs, now, progress);
        }
        Map<String, QuestionSet> sets = b.setsByQuestionId();
        if (mistakes) {
            List<Question> qs = ReviewQueue.mistakes(b.questions(), progress, limit);
            printMistakes(qs, progress, sets);
        } else {
            ReviewBatch batch = ReviewQueue.choose(b.questions(), progress, fsrs, now, newPerDay, limit);
            printBatch(batch, sets, fsrs.days().dayOf(now).toString());
        }
        ctx.out().flush();
        return ExitCodes.OK;
    }

    /** Asks the batch in plain mode, each answer saved to history as it is graded. */
    private int runReview(Bank b, Fsrs fsrs, Instant now, Map<String, QuestionProgress> progress) {
        List<Question> questions;
        if (mistakes) {
            questions = ReviewQueue.mistakes(b.questions(), progress, limit);
            if (questions.isEmpty()) {
                ctx.out().println("No mistakes to review: every question's last answer was right.");
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } else {
            ReviewBatch batch = ReviewQueue.choose(b.questions(), progress, fsrs, now, newPerDay, limit);
            if (batch.isEmpty()) {
                ctx.out().println(nextDue(b, progress).map(d -> "Nothing is due now; the next review is due " + d + ".")
                        .orElse("Nothing is due now, and nothing is scheduled yet."));
                ctx.out().flush();
                return ExitCodes.OK;
            }
            questions = batch.questions();
        }
        List<String> ids = questions.stream().map(Question::id).toList();
        long seed = new Random().nextInt(1_000_000);
        QuizPlan plan = QuizPlan.ofIds(b, ids, seed);
        QuizOptions options = QuizOptions.of(Mode.PRACTICE);
        GlobalOptions g = Globals.of(spec);
        SessionRecord record = new SessionRecord(UUID.randomUUID().toString(), now, "review", seed, ids,
                SessionRecords.encode(options), ProcessOwner.currentPid(), ProcessOwner.currentStart());
        String[] args = spec.root().commandLine().getParseResult().originalArgs().toArray(String[]::new);
        return RecordedQuiz.run(ctx, new Warnings(ctx.err()), StudyWiring.history(ctx, g.history()), e -> HistoryErrors.message(e, args),
                plan, options, ctx.clock(), record, false, true, ctx.color(g.noColor),
                TerminalCheck.interactive(ctx.env()) ? b : null).exit();
    }

    /** The earliest due date among the questions of the bank that have been answered. */
    private static Optional<LocalDate> nextDue(Bank b, Map<String, QuestionProgress> progress) {
        return b.questions().stream()
                .filter(q -> progress.containsKey(q.id()))
                .map(q -> progress.get(q.id()).cardFor(ContentHash.of(q)))
                .filter(c -> !c.isNew() && c.due() != null)
                .map(Card::due)
                .min(Comparator.naturalOrder());
    }

    private void printBatch(ReviewBatch batch, Map<String, QuestionSet> sets, String today) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("today", today);
            m.put("due_total", batch.dueTotal());
            m.put("new_available", batch.newAvailable());
            m.put("new_left_today", batch.newLeftToday());
            m.put("due", batch.due().stream().map(i -> item(i, sets)).toList());
            m.put("new", batch.fresh().stream().map(i -> item(i, sets)).toList());
            ctx.out().println(Json.write(m));
            return;
        }
        ctx.out().printf(Locale.ROOT, "Review for %s: %d due%s, %d new (%d left of today's %d new; %d never asked)%n",
                today, batch.dueTotal(), batch.due().size() < batch.dueTotal() ? " (" + batch.due().size() + " shown)" : "",
                batch.fresh().size(), batch.newLeftToday(), newPerDay, batch.newAvailable());
        if (batch.isEmpty()) {
            ctx.out().println("Nothing to review now.");
            return;
        }
        int n = 1;
        if (!batch.due().isEmpty()) {
            ctx.out().println();
            ctx.out().println("Due");
            for (ReviewItem i : batch.due()) {
                ctx.out().printf(Locale.ROOT, "%3d. %s  [%s]  due %s, recall %d%%  %s%n", n++, i.question().id(),
                        setId(i.question(), sets), i.due(), Math.round(i.retrievability() * 100), prompt(i.question()));
            }
        }
        if (!batch.fresh().isEmpty()) {
            ctx.out().println();
            ctx.out().println("New");
            for (ReviewItem i : batch.fresh()) {
                ctx.out().printf(Locale.ROOT, "%3d. %s  [%s]  %s%n", n++, i.question().id(), setId(i.question(), sets),
                        prompt(i.question()));
            }
        }
    }

    private void printMistakes(List<Question> qs, Map<String, QuestionProgress> progress, Map<String, QuestionSet> sets) {
        if (format == OutputFormat.JSON) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Question q : qs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", q.id());
                m.put("set", setId(q, sets));
                m.put("last_answer", progress.get(q.id()).lastVerdict().label());
                m.put("last_answered_at", progress.get(q.id()).lastAnsweredAt().toString());
                m.put("prompt", q.prompt());
                out.add(m);
            }
            ctx.out().println(Json.write(Map.of("mistakes", out)));
            return;
        }
        ctx.out().println(qs.isEmpty() ? "No mistakes to review: every question's last answer was right."
                : "Questions last answered wrong, most recent first: " + qs.size());
        int n = 1;
        StudyDays days = StudyWiring.fsrs(ctx).days();
        for (Question q : qs) {
            QuestionProgress p = progress.get(q.id());
            ctx.out().printf(Locale.ROOT, "%3d. %s  [%s]  %s %s  %s%n", n++, q.id(), setId(q, sets),
                    p.lastVerdict().label(), days.dayOf(p.lastAnsweredAt()), prompt(q));
        }
    }

    private static Map<String, Object> item(ReviewItem i, Map<String, QuestionSet> sets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.question().id());
        m.put("set", setId(i.question(), sets));
        if (!i.isNew()) {
            m.put("due", i.due().toString());
            m.put("retrievability", i.retrievability());
        }
        m.put("prompt", i.question().prompt());
        return m;
    }

    private static String setId(Question q, Map<String, QuestionSet> sets) {
        QuestionSet s = sets.get(q.id());
        return s == null ? "?" : s.id();
    }

    /** The prompt on one line, cut to fit; question files are user input, so control characters go. */
    private static String prompt(Question q) {
        String p = TerminalSafety.sanitize(q.prompt()).replaceAll("\\s+", " ").strip();
        return p.length() <= PROMPT_WIDTH ? p : p.substring(0, PROMPT_WIDTH - 3) + "...";
    }
}
