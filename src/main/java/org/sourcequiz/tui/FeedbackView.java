package org.sourcequiz.tui;

import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Presented;

/**
 * Practice feedback on one answer: the grade, both answers, the explanation and the passage.
 *
 * @param article true when the article key can open the source of the answer
 */
record FeedbackView(QuizHeader header, Presented presented, Grade grade, boolean last, int scroll, boolean article) implements View {}
