package org.sourcequiz.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewBatch;
import org.sourcequiz.study.ReviewQueue;

/**
 * The questions one `review` asks or lists: those due (most overdue first) and then the day's new
 * ones, or with --mistakes those last answered wrong; and what to say when there are none.
 */
public final class ReviewChoice {
    private final Bank bank;
    private final Map<String, QuestionProgress> progress;
    private final Fsrs fsrs;
    private final Instant now;
    private final int newPerDay;
    /** Null with --mistakes. */
    private final ReviewBatch batch;
    private final List<Question> questions;

    private ReviewChoice(AppContext ctx, HistoryChoice choice, Bank bank, boolean mistakes, int limit, int newPerDay) {
        this.bank = bank;
        this.progress = Reviews.progress(ctx, choice);
        this.fsrs = StudyWiring.fsrs(ctx);
        this.now = ctx.clock().instant();
        this.newPerDay = newPerDay;
        this.batch = mistakes ? null : ReviewQueue.choose(bank.questions(), progress, fsrs, now, newPerDay, limit);
        this.questions = mistakes ? ReviewQueue.mistakes(bank.questions(), progress, limit) : batch.questions();
    }

    public static ReviewChoice of(AppContext ctx, HistoryChoice choice, Bank bank, boolean mistakes, int limit, int newPerDay) {
        return new ReviewChoice(ctx, choice, bank, mistakes, limit, newPerDay);
    }

    public List<Question> questions() {
        return questions;
    }

    /** Why there is nothing to ask, when there is nothing. */
    public Optional<String> nothingToAsk() {
        if (!questions.isEmpty()) {
            return Optional.empty();
        }
        if (batch == null) {
            return Optional.of(ReviewListing.NO_MISTAKES);
        }
        return Optional.of(Reviews.nextDue(bank, progress).map(d -> "Nothing is due now; the next review is due " + d + ".")
                .orElse("Nothing is due now, and nothing is scheduled yet."));
    }

    /** The review ready to run, recorded as a review in history. */
    public QuizStart.Planned planned() {
        Reviews.Quiz quiz = Reviews.quiz(bank, questions, now);
        return new QuizStart.Planned(quiz.plan(), quiz.options(), quiz.record(), false, true);
    }

    /** `review --list`: the questions with their sets and due dates. */
    public List<String> lines() {
        ReviewListing listing = new ReviewListing(bank.setsByQuestionId());
        return batch == null ? listing.mistakesLines(questions, progress, fsrs.days())
                : listing.lines(batch, fsrs.days().dayOf(now).toString(), newPerDay);
    }

    /** `review --list --format json`. */
    public Object json() {
        ReviewListing listing = new ReviewListing(bank.setsByQuestionId());
        return batch == null ? listing.mistakesJson(questions, progress) : listing.json(batch, fsrs.days().dayOf(now).toString());
    }
}
