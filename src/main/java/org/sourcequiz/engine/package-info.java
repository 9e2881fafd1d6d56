/**
 * Quiz sessions, answer reading and grading; no UI and no I/O. A UI builds a {@link
 * org.sourcequiz.engine.QuizPlan} from a {@link org.sourcequiz.engine.Selection}, starts a {@link
 * org.sourcequiz.engine.QuizSession} with a clock and an {@link org.sourcequiz.engine.AnswerListener},
 * shows {@link org.sourcequiz.engine.Presented}, turns input into a {@link
 * org.sourcequiz.engine.Response}, shows the {@link org.sourcequiz.engine.Grade}, and at the end the
 * {@link org.sourcequiz.engine.QuizResult}.
 */
package org.sourcequiz.engine;
