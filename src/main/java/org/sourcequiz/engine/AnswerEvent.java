package org.sourcequiz.engine;

import java.time.Instant;
import org.sourcequiz.model.Question;

/** One graded answer, as an {@link AnswerListener} receives it. */
public record AnswerEvent(Question question, String setId, String sessionId, Mode mode, Grade grade, Instant at) {}
