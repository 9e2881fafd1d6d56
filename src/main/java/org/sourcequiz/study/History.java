package org.sourcequiz.study;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A learner's history: every answer, the schedule of every question, and the sessions that were
 * started. Implementations open their storage on first use, not when constructed, so holding one
 * costs nothing at start-up. Every method may throw {@link HistoryException}.
 */
public interface History extends AutoCloseable {

    /**
     * Appends a graded answer and moves its question's progress on ({@link Progression#advance}),
     * both in one transaction that is durable when this returns.
     *
     * @return the question's progress after this answer
     */
    QuestionProgress record(AnswerRecord answer);

    /** Like {@link #record} for many answers in one transaction (imports, benchmarks). */
    void recordAll(List<AnswerRecord> answers);

    /** The progress of every question ever answered, by question id. */
    Map<String, QuestionProgress> progress();

    /** Answer counts per study day, oldest first. */
    List<DayTally> days();

    /** Every answer in the order they were recorded, without holding them all in memory. */
    void forEachAnswer(Consumer<AnswerRecord> action);

    long answerCount();

    void startSession(SessionRecord session);

    void finishSession(String sessionId, Instant at, SessionOutcome outcome);

    /** Sessions started and never finished, oldest first, each with the questions answered in it. */
    List<UnfinishedSession> unfinishedSessions();

    @Override
    void close();
}
