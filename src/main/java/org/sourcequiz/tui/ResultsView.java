package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuizResult;

/**
 * The end of a quiz.
 *
 * @param bySource true when the chart shows sources, false for tags
 * @param missed   index of the missed question shown, when there are any
 * @param question the missed question shown, and its grade when it was answered (not when time ran out)
 * @param homeAfter true when leaving goes back to Home rather than out of the program
 * @param scroll   first row shown, or {@link #TO_MISSED} to bring the missed question to the top
 */
record ResultsView(QuizResult result, boolean bySource, int missed, Optional<Presented> question,
                   Optional<Grade> grade, boolean homeAfter, String message, int scroll) implements View {
    /** Paging through the missed questions scrolls to them. */
    static final int TO_MISSED = -1;
}
