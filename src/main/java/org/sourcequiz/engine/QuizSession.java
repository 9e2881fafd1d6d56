package org.sourcequiz.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;

/**
 * One run through a {@link QuizPlan}: a small state machine, the same for every UI. Time comes
 * only from the clock passed in.
 *
 * <p>Use: while {@code !finished()}: show {@code current()}; (flashcard: {@code reveal()}); then
 * {@code answer(...)} or {@code skip()}. In PRACTICE and FLASHCARD show each returned grade; in
 * EXAM keep it for the end. {@code finished()} also turns true once a time limit has run out;
 * check it before answering. A time limit applies in any mode; negative marking only in EXAM.
 */
public final class QuizSession {
    private final QuizPlan plan;
    private final QuizOptions options;
    private final Clock clock;
    private final String id;
    private final AnswerListener listener;
    private final Instant started;
    private final List<Grade> grades = new ArrayList<>();
    private final List<QuestionRecord> records = new ArrayList<>();
    private int index;
    private Instant shownAt;
    private Instant ended;
    private boolean timeUp;

    private QuizSession(QuizPlan plan, QuizOptions options, Clock clock, String id, AnswerListener listener) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.id = Objects.requireNonNull(id, "id");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.started = clock.instant();
        this.shownAt = started;
        if (plan.isEmpty()) {
            ended = started;
        }
    }

    public static QuizSession start(QuizPlan plan, QuizOptions options, Clock clock, String sessionId,
                                    AnswerListener listener) {
        return new QuizSession(plan, options, clock, sessionId, listener);
    }

    /** A session over the given question ids, in that order (retry missed ones, review). */
    public static QuizSession ofIds(Bank bank, List<String> ids, long seed, QuizOptions options, Clock clock,
                                    String sessionId, AnswerListener listener) {
        return start(QuizPlan.ofIds(bank, ids, seed), options, clock, sessionId, listener);
    }

    public String id() {
        return id;
    }

    public QuizOptions options() {
        return options;
    }

    public Mode mode() {
        return options.mode();
    }

    public QuizPlan plan() {
        return plan;
    }

    /** The question to show. @throws IllegalStateException when finished */
    public Presented current() {
        requireRunning();
        return plan.entries().get(index).presented();
    }

    /** Why {@code response} would be refused for the current question, or empty when it can be graded. */
    public Optional<String> problem(Response response) {
        requireRunning();
        return Grader.problem(plan.entries().get(index), response, options.mode());
    }

    /**
     * Grades the current question, tells the listener, and moves on.
     *
     * @throws InvalidResponseException when {@link #problem} is not empty (nothing changes)
     * @throws IllegalStateException when finished (including when the time ran out)
     */
    public Grade answer(Response response) {
        Optional<String> problem = problem(response);
        if (problem.isPresent()) {
            throw new InvalidResponseException(problem.get());
        }
        Entry e = plan.entries().get(index);
        Instant now = clock.instant();
        Grader.Graded g = Grader.grade(e, response, options);
        Question q = e.presented().question();
        Grade grade = new Grade(g.verdict(), g.points(), q.points(), g.given(), Expected.text(q),
                Duration.between(shownAt, now), Highlights.of(q), g.rating(), g.feedback());
        record(e, grade);
        listener.answered(new AnswerEvent(q, e.presented().setId(), id, options.mode(), grade, now));
        index++;
        shownAt = now;
        if (index == plan.size()) {
            ended = now;
        }
        return grade;
    }

    public Grade skip() {
        return answer(Response.skipped());
    }

    /** The current question's answer, to show before a flashcard is rated (or after any answer). */
    public Reveal reveal() {
        Question q = current().question();
        return new Reveal(Expected.text(q), Highlights.of(q));
    }

    /** Ends the quiz now; the questions not reached are not counted. */
    public void quit() {
        if (!finished()) {
            ended = clock.instant();
        }
    }

    /** True after the last question, after {@link #quit()}, or once the time limit has run out. */
    public boolean finished() {
        if (ended != null) {
            return true;
        }
        Optional<Duration> limit = options.timeLimit();
        if (limit.isPresent() && !clock.instant().isBefore(started.plus(limit.get()))) {
            expire(started.plus(limit.get()));
            return true;
        }
        return false;
    }

    /** When time runs out, the questions left count as skipped: an exam scores what was asked. */
    private void expire(Instant at) {
        timeUp = true;
        ended = at;
        for (int i = index; i < plan.size(); i++) {
            Entry e = plan.entries().get(i);
            Question q = e.presented().question();
            record(e, new Grade(Verdict.SKIPPED, 0, q.points(), "", Expected.text(q),
                    i == index ? Duration.between(shownAt, at) : Duration.ZERO, Highlights.of(q), Optional.empty()));
        }
        index = plan.size();
    }

    public boolean timeUp() {
        finished();
        return timeUp;
    }

    /** Time since the start, stopped when the quiz ended. */
    public Duration elapsed() {
        finished();
        return Duration.between(started, ended != null ? ended : clock.instant());
    }

    /** Time left under a time limit (never negative); empty when there is none. */
    public Optional<Duration> timeLeft() {
        return options.timeLimit().map(l -> {
            Duration left = l.minus(elapsed());
            return left.isNegative() ? Duration.ZERO : left;
        });
    }

    /** Grades given so far, in order (not the questions a time-out skipped). */
    public List<Grade> grades() {
        return List.copyOf(grades);
    }

    /** The result so far; final once {@link #finished()}. */
    public QuizResult result() {
        int notReached = plan.size() - index;
        return Results.of(this, records, elapsed(), timeUp, notReached);
    }

    private void record(Entry e, Grade g) {
        if (!timeUp) {
            grades.add(g);
        }
        Question q = e.presented().question();
        records.add(new QuestionRecord(q.id(), e.presented().setId(), q.sourceId(), q.kind(), q.tags(), q.prompt(),
                g.given(), g.expected(), g.verdict(), g.points(), g.maxPoints(), g.seconds()));
    }

    private void requireRunning() {
        if (finished()) {
            throw new IllegalStateException(timeUp ? "the time is up" : "the quiz is over");
        }
    }
}
