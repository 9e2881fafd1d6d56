package org.sourcequiz.tui;

import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Presented;

/** Practice feedback on one answer: the grade, both answers, the explanation and the passage. */
record FeedbackView(QuizHeader header, Presented presented, Grade grade, boolean last, int scroll) implements View {}
