package org.sourcequiz.tui;

import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;

/**
 * Starts a session: the caller decides the clock, the session id and who hears about each answer
 * (the history store), so the text UI needs none of them.
 */
@FunctionalInterface
public interface SessionStarter {
    QuizSession start(QuizPlan plan, QuizOptions options);
}
