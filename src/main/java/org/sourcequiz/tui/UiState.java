package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Reveal;

/** Where the {@link Controller} is. A quiz state refers to its engine session, which does the grading. */
sealed interface UiState {
    record AtHome(HomeState home) implements UiState {}

    /** A question on screen; {@code presented} is kept so the screen can still be drawn once time runs out. */
    record Asking(QuizSession session, Presented presented, AnswerInput input, Optional<Reveal> reveal,
                  String message, boolean problem, int scroll) implements UiState {
        Asking with(AnswerInput in) {
            return new Asking(session, presented, in, reveal, "", false, scroll);
        }

        Asking say(String m, boolean isProblem) {
            return new Asking(session, presented, input, reveal, m, isProblem, scroll);
        }

        Asking scrolled(int s) {
            return new Asking(session, presented, input, reveal, message, problem, s);
        }
    }

    record Feedback(QuizSession session, Presented presented, Grade grade, int scroll) implements UiState {}

    record Done(QuizSession session, QuizResult result, boolean bySource, int missed, String message, int scroll)
            implements UiState {
        Done with(boolean source, int m, String msg, int s) {
            return new Done(session, result, source, m, msg, s);
        }
    }

    record Reading(TextPage page, int scroll, UiState back) implements UiState {}

    record Searching(SearchSource source, SearchView view, UiState back) implements UiState {}

    /** {@code back} is null when the timeline is the whole UI. */
    record Timeline(TimelineView view, UiState back) implements UiState {}
    /** The list of sources; {@code back} is null when it is the first screen (`sourcequiz sources`). */
    record Shelf(ArticleShelf shelf, SourcesView view, UiState back) implements UiState {}

    /** Reading an article; {@code back} is where q goes (the list, or the quiz it was opened from), null to leave. */
    record InArticle(ArticleView view, UiState back) implements UiState {}
}
