package org.sourcequiz.tui;

import java.util.List;
import java.util.Objects;

/**
 * What the timeline screen shows, supplied from outside the text UI (which knows no bank
 * timeline): the events in date order and the legend of their source markers.
 *
 * @param legend one marker per source, as the events use them
 */
public record TimelineData(List<Marker> legend, List<Event> events) {
    public TimelineData {
        legend = List.copyOf(legend);
        events = List.copyOf(events);
    }

    /** A source's marker (a letter) and the source's id. */
    public record Marker(String mark, String sourceId) {}

    /**
     * One event.
     *
     * @param year      the year it starts in, for the year rule above it
     * @param month     the month it starts in (1–12), or 0 when it is dated to a year only
     * @param when      its date as the row shows it, e.g. "10–16 Sep 2021"
     * @param marks     the markers of the sources that state it
     * @param disagree  true when its sources disagree about it
     * @param questions the ids of the questions that ask about it
     * @param detail    the page Enter opens: its passages with their citations
     */
    public record Event(int year, int month, String when, List<String> marks, String text, boolean disagree,
                        List<String> questions, TextPage detail) {
        public Event {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(detail, "detail");
            marks = List.copyOf(marks);
            questions = List.copyOf(questions);
            if (month < 0 || month > 12) {
                throw new IllegalArgumentException("month " + month);
            }
        }
    }
}
