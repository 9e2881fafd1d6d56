package org.sourcequiz.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.model.Bank;

/**
 * One run through a {@link QuizPlan}: a small state machine, the same for every UI. Time comes
 * only from the clock passed in.
 *
 * <p>Use: while {@code !finished()}: show {@code current()}; (flashcard: {@code reveal()}); then
 * {@code answer(...)} or {@code skip()}. In PRACTICE and FLASHCARD show each returned grade; in
 * EXAM keep it for the end. {@code finished()} also turns true when an exam's time limit runs out;
 * check it before answering.
 */
public final class QuizSession {
    private QuizSession() {}

    public static QuizSession start(QuizPlan plan, QuizOptions options, Clock clock, String sessionId,
                                    AnswerListener listener) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** A session over the given question ids, in that order (retry missed ones, review). */
    public static QuizSession ofIds(Bank bank, List<String> ids, long seed, QuizOptions options, Clock clock,
                                    String sessionId, AnswerListener listener) {
        return start(QuizPlan.ofIds(bank, ids, seed), options, clock, sessionId, listener);
    }

    public String id() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public QuizOptions options() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public Mode mode() {
        return options().mode();
    }

    public QuizPlan plan() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** The question to show. @throws IllegalStateException when finished */
    public Presented current() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** Why {@code response} would be refused for the current question, or empty when it can be graded. */
    public Optional<String> problem(Response response) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /**
     * Grades the current question, tells the listener, and moves on.
     *
     * @throws InvalidResponseException when {@link #problem} is not empty (nothing changes)
     * @throws IllegalStateException when finished (including when the time ran out)
     */
    public Grade answer(Response response) {
        throw new UnsupportedOperationException("engine API draft");
    }

    public Grade skip() {
        return answer(Response.skipped());
    }

    /** Flashcard: the answer to show before the student rates it. */
    public Reveal reveal() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** Ends the quiz now; the questions not reached are not counted. */
    public void quit() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** True after the last question, after {@link #quit()}, or once the time limit has run out. */
    public boolean finished() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public boolean timeUp() {
        throw new UnsupportedOperationException("engine API draft");
    }

    public Duration elapsed() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** Time left under a time limit (never negative); empty when there is none. */
    public Optional<Duration> timeLeft() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** Grades given so far, in order. */
    public List<Grade> grades() {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** The result so far; final once {@link #finished()}. */
    public QuizResult result() {
        throw new UnsupportedOperationException("engine API draft");
    }
}
