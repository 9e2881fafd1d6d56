package org.sourcequiz.tui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** How intents change the timeline screen. */
final class TimelineFlow {
    private TimelineFlow() {}

    /** {@code back} is where q leads; null when the timeline is the whole UI. */
    static UiState.Timeline open(TimelineData data, UiState back) {
        return new UiState.Timeline(new TimelineView(data, 0, 0, "", back == null), back);
    }

    /**
     * The state after {@code i}; {@code shown} is what the last paint showed and {@code quiz}
     * starts a quiz on question ids. Close is the controller's (it may end the UI).
     */
    static UiState apply(UiState.Timeline t, Intent i, Viewport shown, Function<List<String>, UiState> quiz) {
        TimelineView v = t.view();
        int count = v.data().events().size();
        if (i instanceof Intent.Move m && count > 0) {
            return with(t, v.withCursor(clamp(v.cursor() + m.delta(), count), ""));
        } else if (i instanceof Intent.Scroll s && count > 0) {
            int page = Math.max(1, onScreen(v, shown).size());
            return with(t, v.withCursor(clamp(v.cursor() + s.lines() + s.pages() * page, count), ""));
        } else if (i instanceof Intent.Submit && count > 0) {
            return new UiState.Reading(v.data().events().get(v.cursor()).detail(), 0, t);
        } else if (i instanceof Intent.QuizOnScreen) {
            Set<String> ids = new LinkedHashSet<>();
            onScreen(v, shown).forEach(e -> ids.addAll(v.data().events().get(e).questions()));
            if (ids.isEmpty()) {
                return with(t, v.withCursor(v.cursor(), "No questions on screen to quiz on."));
            }
            return quiz.apply(List.copyOf(ids));
        }
        return t;
    }

    /** The events on screen at the last paint. */
    static List<Integer> onScreen(TimelineView v, Viewport shown) {
        return TimelineRows.eventsIn(TimelineRows.of(v.data().events()), v.scroll(), shown.rows());
    }

    private static int clamp(int c, int count) {
        return Math.max(0, Math.min(count - 1, c));
    }

    private static UiState with(UiState.Timeline t, TimelineView v) {
        return new UiState.Timeline(v, t.back());
    }
}
