package org.sourcequiz.app;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import org.sourcequiz.engine.AnswerEvent;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.ContentHash;
import org.sourcequiz.study.History;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.Ratings;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;

/**
 * Saves each graded answer to history the moment it is graded, so a quiz killed half-way keeps
 * what was answered. The session is written with the first answer, not at start-up: a quiz quit
 * before any answer leaves no trace and opens no file. When history cannot be written, one warning
 * is given (see {@link Warnings}) and the quiz carries on without it: the quiz matters more than its record.
 */
public final class HistoryRecorder implements AnswerListener {
    private final History history;
    private final SessionRecord session;
    private final String modeLabel;
    private final boolean sessionAlreadyStarted;
    private final Warnings warnings;
    private final Function<HistoryException, String> describe;
    private boolean started;
    private boolean broken;
    private int recorded;

    /**
     * @param modeLabel        what history calls the mode (practice, exam, flashcard, review)
     * @param resumed          true when {@code session} is already in history (a resumed quiz)
     * @param describe         the one-line message for a history that cannot be used, with its fix
     */
    public HistoryRecorder(History history, SessionRecord session, String modeLabel, boolean resumed, Warnings warnings,
                    Function<HistoryException, String> describe) {
        this.history = history;
        this.session = session;
        this.modeLabel = modeLabel;
        this.sessionAlreadyStarted = resumed;
        this.warnings = warnings;
        this.describe = describe;
    }

    @Override
    public void answered(AnswerEvent event) {
        if (broken) {
            return;
        }
        try {
            if (!started && !sessionAlreadyStarted) {
                history.startSession(session);
            }
            started = true;
            history.record(toRecord(event));
            recorded++;
        } catch (HistoryException e) {
            giveUp(e);
        }
    }

    /** Marks the session finished, if anything of it reached history. */
    public void finish(Instant at, SessionOutcome outcome) {
        if (!started || broken) {
            return;
        }
        try {
            history.finishSession(session.id(), at, outcome);
        } catch (HistoryException e) {
            giveUp(e);
        }
    }

    /** Stops saving without a warning: the caller has already given it. */
    public void disable() {
        broken = true;
    }

    /** Answers saved so far in this run. */
    public int recorded() {
        return recorded;
    }

    public boolean broken() {
        return broken;
    }

    private void giveUp(HistoryException e) {
        broken = true;
        warnings.warn(describe.apply(e) + "; this quiz goes on without saving to history");
    }

    public AnswerRecord toRecord(AnswerEvent e) {
        Grade g = e.grade();
        Rating rating = g.rating().orElseGet(() -> Ratings.fromGrade(g.verdict(), g.seconds(), e.question()));
        return new AnswerRecord(e.question().id(), ContentHash.of(e.question()), e.setId(), e.sessionId(), modeLabel,
                g.given(), g.expected(), g.verdict(), rating, g.points(), g.maxPoints(), g.seconds(), e.at());
    }

    public static String modeLabel(Enum<?> mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
