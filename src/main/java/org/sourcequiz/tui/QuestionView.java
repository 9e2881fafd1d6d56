package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.Reveal;

/**
 * A question being answered (or a flashcard, before and after it is turned over).
 *
 * @param reveal  flashcard: the answer, once turned over
 * @param message why the last answer was refused, or a note such as "Answer recorded."
 * @param problem true when message is a problem rather than a note
 */
record QuestionView(QuizHeader header, Presented presented, Mode mode, AnswerInput input, Optional<Reveal> reveal,
                    String message, boolean problem, int scroll, boolean article) implements View {}
