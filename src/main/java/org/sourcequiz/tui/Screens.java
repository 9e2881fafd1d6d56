package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;

/** Picks the screen for a view. */
final class Screens {
    private Screens() {}

    private static final HomeScreen HOME = new HomeScreen();
    private static final QuestionScreen QUESTION = new QuestionScreen();
    private static final FeedbackScreen FEEDBACK = new FeedbackScreen();
    private static final ResultsScreen RESULTS = new ResultsScreen();
    private static final PageScreen PAGE = new PageScreen();
    private static final SearchScreen SEARCH = new SearchScreen();
    private static final TimelineScreen TIMELINE = new TimelineScreen();
    private static final SourcesScreen SOURCES = new SourcesScreen();
    private static final ArticleScreen ARTICLE = new ArticleScreen();

    static Page page(View v, int width) {
        if (v instanceof HomeView h) {
            return HOME.page(h, width);
        } else if (v instanceof QuestionView q) {
            return QUESTION.page(q, width);
        } else if (v instanceof FeedbackView f) {
            return FEEDBACK.page(f, width);
        } else if (v instanceof ResultsView r) {
            return RESULTS.page(r, width);
        } else if (v instanceof SearchView s) {
            return SEARCH.page(s, width);
        } else if (v instanceof TimelineView t) {
            return TIMELINE.page(t, width);
        } else if (v instanceof SourcesView s) {
            return SOURCES.page(s, width);
        } else if (v instanceof ArticleView a) {
            return ARTICLE.page(a, width);
        }
        return PAGE.page((PageView) v, width);
    }

    static Optional<Intent> intent(KeyStroke k, View v) {
        if (v instanceof HomeView h) {
            return HOME.intent(k, h);
        } else if (v instanceof QuestionView q) {
            return QUESTION.intent(k, q);
        } else if (v instanceof FeedbackView f) {
            return FEEDBACK.intent(k, f);
        } else if (v instanceof ResultsView r) {
            return RESULTS.intent(k, r);
        } else if (v instanceof SearchView s) {
            return SEARCH.intent(k, s);
        } else if (v instanceof TimelineView t) {
            return TIMELINE.intent(k, t);
        } else if (v instanceof SourcesView s) {
            return SOURCES.intent(k, s);
        } else if (v instanceof ArticleView a) {
            return ARTICLE.intent(k, a);
        }
        return PAGE.intent(k, (PageView) v);
    }

    static List<String> help(View v) {
        if (v instanceof HomeView h) {
            return HOME.help(h);
        } else if (v instanceof QuestionView q) {
            return QUESTION.help(q);
        } else if (v instanceof FeedbackView f) {
            return FEEDBACK.help(f);
        } else if (v instanceof ResultsView r) {
            return RESULTS.help(r);
        } else if (v instanceof SearchView s) {
            return SEARCH.help(s);
        } else if (v instanceof TimelineView t) {
            return TIMELINE.help(t);
        } else if (v instanceof SourcesView s) {
            return SOURCES.help(s);
        } else if (v instanceof ArticleView a) {
            return ARTICLE.help(a);
        }
        return PAGE.help((PageView) v);
    }
}
