package org.sourcequiz.app;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Card;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewQueue;
import org.sourcequiz.study.SessionRecord;

/** Spaced repetition over days: what history knows, what is due, and the review quiz, for `review` and Home's Review row. */
public final class Reviews {
    /** The most questions one review asks, unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 50;

    private Reviews() {}

    /** A review ready to run: its questions, its options and its session as history will keep it. */
    public record Quiz(QuizPlan plan, QuizOptions options, SessionRecord record) {}

    /**
     * What history knows of each question; nothing when there is no history yet, which is not
     * created just to be read (the folder may be read-only: the quiz must still run).
     */
    public static Map<String, QuestionProgress> progress(AppContext ctx, HistoryChoice choice) {
        if (!Files.exists(choice.file(ctx))) {
            return Map.of();
        }
        try (SqliteHistory h = StudyWiring.history(ctx, choice)) {
            return h.progress();
        }
    }

    /** A practice quiz on these questions, in this order, recorded as a review. */
    public static Quiz quiz(Bank bank, List<Question> questions, Instant now) {
        List<String> ids = questions.stream().map(Question::id).toList();
        QuizPlan plan = QuizPlan.ofIds(bank, ids, new Random().nextInt(1_000_000));
        QuizOptions options = QuizOptions.of(Mode.PRACTICE);
        return new Quiz(plan, options, SessionRecords.start(plan, options, "review", now));
    }

    /** Today's review as Home starts it: due questions first, then the day's new ones. */
    public static QuizPlan todaysPlan(AppContext ctx, HistoryChoice choice, Bank bank, Fsrs fsrs) {
        List<String> ids = ReviewQueue.choose(bank.questions(), progress(ctx, choice), fsrs, ctx.clock().instant(),
                ReviewQueue.DEFAULT_NEW_PER_DAY, DEFAULT_LIMIT).questions().stream().map(Question::id).toList();
        return QuizPlan.ofIds(bank, ids, new Random().nextInt(1_000_000));
    }

    /** What Home's Review row says until the count is known. */
    public static final String COUNTING = "counting what is due…";

    /**
     * Home's due count, counted beside Home: it needs SQLite, a tenth of a second of a cold start.
     * Until it is known it is {@link #COUNTING}; empty on a first run, with no history to count in.
     */
    public static Optional<Supplier<String>> dueCountBeside(AppContext ctx, HistoryChoice choice, Supplier<Bank> bank,
                                                            Supplier<Fsrs> fsrs) {
        if (!Files.exists(choice.file(ctx))) {
            return Optional.empty();
        }
        Background<String> due = Background.start("due count", () -> dueCount(ctx, choice, bank, fsrs.get()));
        return Optional.of(() -> due.getNow(COUNTING));
    }

    /** "12 due", or why the history cannot say. */
    public static String dueCount(AppContext ctx, HistoryChoice choice, Supplier<Bank> bank, Fsrs fsrs) {
        try (SqliteHistory h = StudyWiring.history(ctx, choice)) {
            return ReviewQueue.dueCount(bank.get().questions(), h.progress(), fsrs, ctx.clock().instant()) + " due";
        } catch (HistoryException e) {
            return "history unavailable: " + e.getMessage();
        }
    }

    /** The earliest due date among the questions of the bank that have been answered. */
    public static Optional<LocalDate> nextDue(Bank b, Map<String, QuestionProgress> progress) {
        return b.questions().stream()
                .filter(q -> progress.containsKey(q.id()))
                .map(q -> progress.get(q.id()).cardFor(ContentHash.of(q)))
                .filter(c -> !c.isNew() && c.due() != null)
                .map(Card::due)
                .min(Comparator.naturalOrder());
    }
}
