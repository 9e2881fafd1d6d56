package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's body rows: a rule for each year, one for each month, and one row for each
 * event. An event takes one row at every width (its text is cut to fit; Enter shows it whole),
 * so which events are on screen follows from the scroll alone.
 */
final class TimelineRows {
    private TimelineRows() {}

    /** A body row: a year rule (month 0, event -1), a month rule (event -1), or event {@code event}. */
    record Row(int year, int month, int event) {
        boolean isEvent() {
            return event >= 0;
        }
    }

    static List<Row> of(List<TimelineData.Event> events) {
        List<Row> rows = new ArrayList<>();
        int year = Integer.MIN_VALUE;
        int month = -1;
        for (int i = 0; i < events.size(); i++) {
            TimelineData.Event e = events.get(i);
            if (e.year() != year) {
                year = e.year();
                month = 0;
                rows.add(new Row(year, 0, -1));
            }
            if (e.month() != 0 && e.month() != month) {
                month = e.month();
                rows.add(new Row(year, month, -1));
            }
            rows.add(new Row(year, e.month(), i));
        }
        return rows;
    }

    /** The body row of event {@code index}, or -1. */
    static int rowOf(List<Row> rows, int index) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).event() == index) {
                return r;
            }
        }
        return -1;
    }

    /** The events whose rows are among the {@code count} rows from {@code first}, in order. */
    static List<Integer> eventsIn(List<Row> rows, int first, int count) {
        List<Integer> out = new ArrayList<>();
        for (int r = Math.max(0, first); r < rows.size() && r < first + count; r++) {
            if (rows.get(r).isEvent()) {
                out.add(rows.get(r).event());
            }
        }
        return out;
    }
}
