package org.sourcequiz.tui;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How intents change the sources list and the article view. Pure: quizzing and leaving are
 * handed to the controller ({@code quiz} starts a quiz on question ids, {@code leave} goes to the
 * state a view was opened from, or ends the UI when it was the first screen).
 */
final class SourcesFlow {
    private SourcesFlow() {}

    static UiState.Shelf open(ArticleShelf shelf, UiState back) {
        return new UiState.Shelf(shelf, new SourcesView(shelf.entries(), 0, ""), back);
    }

    /** The article of a source, from the top, nothing chosen yet. */
    static UiState.InArticle article(ArticleShelf shelf, String sourceId, UiState back) {
        return new UiState.InArticle(new ArticleView(shelf.article(sourceId), -1, 0, "", false, ""), back);
    }

    /** From an answer: the article at the paragraph of that question's passage. */
    static UiState.InArticle atAnswer(ArticleShelf shelf, String sourceId, String questionId, UiState quiz) {
        ArticleShelf.Article a = shelf.article(sourceId);
        int at = a.paragraphOf(questionId);
        String m = at >= 0 ? "" : "The passage of " + questionId + " is not in this text.";
        return new UiState.InArticle(new ArticleView(a, at, at >= 0 ? ArticleView.TO_SELECTED : 0, "", true, m), quiz);
    }

    static UiState list(UiState.Shelf s, Intent i, UnaryOperator<UiState> leave) {
        SourcesView v = s.view();
        if (i instanceof Intent.Close) {
            return leave.apply(s.back());
        } else if (i instanceof Intent.Move m && !v.entries().isEmpty()) {
            int c = Math.max(0, Math.min(v.entries().size() - 1, v.cursor() + m.delta()));
            return new UiState.Shelf(s.shelf(), new SourcesView(v.entries(), c, ""), s.back());
        } else if (i instanceof Intent.Submit && !v.entries().isEmpty()) {
            return article(s.shelf(), v.entries().get(v.cursor()).source().id(), s);
        }
        return s;
    }

    static UiState reading(UiState.InArticle a, Intent i, Function<List<String>, UiState> quiz, UnaryOperator<UiState> leave) {
        ArticleView v = a.view();
        if (i instanceof Intent.Close) {
            return leave.apply(a.back());
        } else if (i instanceof Intent.NextPassage n) {
            int next = next(v.article(), v.selected(), n.delta());
            if (next < 0) {
                return with(a, v.say("No question cites this article."));
            }
            return with(a, v.select(next, ""));
        } else if (i instanceof Intent.Submit) {
            if (v.selected() < 0) {
                return with(a, v.say("Tab or n goes to a cited passage; Enter then quizzes on its questions."));
            }
            return quiz.apply(v.article().paragraphs().get(v.selected()).questions());
        }
        return a;
    }

    /** The next cited paragraph after {@code from} (or before it, for a negative delta), round the end; -1 when none is cited. */
    static int next(ArticleShelf.Article a, int from, int delta) {
        int n = a.paragraphs().size();
        int step = delta < 0 ? -1 : 1;
        int start = from < 0 ? (step > 0 ? -1 : n) : from;
        for (int k = 1; k <= n; k++) {
            int p = Math.floorMod(start + step * k, n);
            if (a.paragraphs().get(p).cited()) {
                return p;
            }
        }
        return -1;
    }

    private static UiState with(UiState.InArticle a, ArticleView v) {
        return new UiState.InArticle(v, a.back());
    }
}
