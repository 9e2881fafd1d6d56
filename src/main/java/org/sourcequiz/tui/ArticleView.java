package org.sourcequiz.tui;

/**
 * One source's article (or its cited passages) to read.
 *
 * @param selected the cited paragraph Enter quizzes on, or -1 before one is chosen
 * @param scroll   first row shown, or {@link #TO_SELECTED} to bring the selected paragraph up
 * @param timer    the time left of the quiz this was opened from, or ""
 * @param fromQuiz opened from an answer: q goes back to the quiz
 */
record ArticleView(ArticleShelf.Article article, int selected, int scroll, String timer, boolean fromQuiz, String message)
        implements View {
    static final int TO_SELECTED = -1;

    ArticleView select(int paragraph, String m) {
        return new ArticleView(article, paragraph, TO_SELECTED, timer, fromQuiz, m);
    }

    ArticleView scrolled(int s) {
        return new ArticleView(article, selected, s, timer, fromQuiz, message);
    }

    ArticleView withTimer(String t) {
        return new ArticleView(article, selected, scroll, t, fromQuiz, message);
    }

    ArticleView say(String m) {
        return new ArticleView(article, selected, scroll, timer, fromQuiz, m);
    }
}
