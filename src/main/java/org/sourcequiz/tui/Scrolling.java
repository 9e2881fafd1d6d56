package org.sourcequiz.tui;

/** The scroll position of whichever state is on screen. */
final class Scrolling {
    private Scrolling() {}

    static int get(UiState s) {
        if (s instanceof UiState.Asking a) {
            return a.scroll();
        } else if (s instanceof UiState.Feedback f) {
            return f.scroll();
        } else if (s instanceof UiState.Done d) {
            return d.scroll();
        } else if (s instanceof UiState.Reading r) {
            return r.scroll();
        } else if (s instanceof UiState.Searching) {
            return 0; // the search screen follows its cursor instead
        } else if (s instanceof UiState.Timeline t) {
            return t.view().scroll();
        } else if (s instanceof UiState.Shelf) {
            return 0; // so does the list of sources
        } else if (s instanceof UiState.InArticle a) {
            return a.view().scroll();
        }
        return ((UiState.AtHome) s).home().scroll();
    }

    static UiState set(UiState s, int scroll) {
        if (s instanceof UiState.Asking a) {
            return a.scrolled(scroll);
        } else if (s instanceof UiState.Feedback f) {
            return new UiState.Feedback(f.session(), f.presented(), f.grade(), scroll);
        } else if (s instanceof UiState.Done d) {
            return d.with(d.bySource(), d.missed(), d.message(), scroll);
        } else if (s instanceof UiState.Reading r) {
            return new UiState.Reading(r.page(), scroll, r.back());
        } else if (s instanceof UiState.Searching || s instanceof UiState.Shelf) {
            return s;
        } else if (s instanceof UiState.Timeline t) {
            return new UiState.Timeline(t.view().withScroll(scroll), t.back());
        } else if (s instanceof UiState.InArticle a) {
            return new UiState.InArticle(a.view().scrolled(scroll), a.back());
        }
        UiState.AtHome h = (UiState.AtHome) s;
        return new UiState.AtHome(h.home().withScroll(scroll));
    }
}
