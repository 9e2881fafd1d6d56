package org.sourcequiz.tui;

import java.util.List;
import java.util.function.Function;

/**
 * How intents change the search screen: each change of the query searches again, at once. Enter
 * on a question quizzes on every question found; on an article paragraph it shows the paragraph.
 */
final class SearchFlow {
    private SearchFlow() {}

    static UiState open(SearchSource source, UiState back) {
        return new UiState.Searching(source, new SearchView(TextField.EMPTY, List.of(), 0, ""), back);
    }

    /**
     * With {@code query} already typed and its hits shown, and {@code message} in the status line;
     * a null {@code back} means that leaving the screen leaves the text UI.
     */
    static UiState.Searching open(SearchSource source, UiState back, String query, String message) {
        TextField typed = new TextField(query.length() > TextField.MAX ? query.substring(0, TextField.MAX) : query, TextField.MAX);
        List<SearchSource.Row> rows = typed.text().isBlank() ? List.of() : source.search(typed.text());
        return new UiState.Searching(source, new SearchView(typed, rows, 0, message), back);
    }

    /** {@code quiz} starts a quiz on question ids and gives the state it leads to. */
    static UiState apply(UiState.Searching s, Intent i, Function<List<String>, UiState> quiz) {
        SearchView v = s.view();
        if (i instanceof Intent.Close) {
            return s.back();
        } else if (i instanceof Intent.TypeChar c) {
            return typed(s, v.query().type(c.c()));
        } else if (i instanceof Intent.Erase e) {
            return typed(s, e.forward() ? v.query().delete() : v.query().backspace());
        } else if (i instanceof Intent.Caret c) {
            TextField f = switch (c.move()) {
                case LEFT -> v.query().left();
                case RIGHT -> v.query().right();
                case HOME -> v.query().home();
                case END -> v.query().end();
            };
            return with(s, new SearchView(f, v.rows(), v.cursor(), ""));
        } else if (i instanceof Intent.Move m && !v.rows().isEmpty()) {
            int c = Math.max(0, Math.min(v.rows().size() - 1, v.cursor() + m.delta()));
            return with(s, new SearchView(v.query(), v.rows(), c, ""));
        } else if (i instanceof Intent.Submit && !v.rows().isEmpty() && v.rows().get(v.cursor()).readable()) {
            return new UiState.Reading(v.rows().get(v.cursor()).page().get(), 0, s);
        } else if (i instanceof Intent.Submit) {
            List<String> ids = v.rows().stream().map(SearchSource.Row::questionId).filter(id -> id != null).distinct().toList();
            if (ids.isEmpty()) {
                return with(s, new SearchView(v.query(), v.rows(), v.cursor(), "No questions found to quiz on: type other words."));
            }
            return quiz.apply(ids);
        }
        return s;
    }

    private static UiState typed(UiState.Searching s, TextField f) {
        if (f.text().equals(s.view().query().text())) {
            return with(s, new SearchView(f, s.view().rows(), s.view().cursor(), ""));
        }
        return with(s, new SearchView(f, s.source().search(f.text()), 0, ""));
    }

    private static UiState with(UiState.Searching s, SearchView v) {
        return new UiState.Searching(s.source(), v, s.back());
    }
}
