package org.sourcequiz.tui;

/**
 * The timeline screen: the events, the one under the cursor, the first body row the last paint
 * showed (so {@code z} knows which events are on screen), and a message for the status row.
 *
 * @param standalone true when the timeline is the whole UI ({@code sourcequiz timeline}): q leaves it
 */
record TimelineView(TimelineData data, int cursor, int scroll, String message, boolean standalone) implements View {
    TimelineView withCursor(int c, String m) {
        return new TimelineView(data, c, scroll, m, standalone);
    }

    TimelineView withScroll(int s) {
        return new TimelineView(data, cursor, s, message, standalone);
    }
}
