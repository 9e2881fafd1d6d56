package org.sourcequiz.bank;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.sourcequiz.model.DatePrecision;

/** A date as question files write it: {@code 2021-09-09}, {@code 2021-09} or {@code 2021}. */
record IsoDate(LocalDate date, DatePrecision precision) {
    // Read by hand, not with a regular expression or a formatter: each costs a cold start milliseconds
    // the first time, and the first bank read pays them.

    /** Empty when the text is not of the form; throws DateTimeException when the date is impossible. */
    static Optional<IsoDate> parse(String text) {
        String s = text.strip();
        int yearEnd = digits(s, 0);
        if (yearEnd != 4) {
            return Optional.empty();
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        if (s.length() == 4) {
            return Optional.of(new IsoDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
        }
        int monthEnd = s.charAt(4) == '-' ? digits(s, 5) : -1;
        if (monthEnd < 6 || monthEnd > 7) {
            return Optional.empty();
        }
        int month = Integer.parseInt(s, 5, monthEnd, 10);
        if (monthEnd == s.length()) {
            checkMonth(month);
            return Optional.of(new IsoDate(LocalDate.of(year, month, 1), DatePrecision.MONTH));
        }
        int dayEnd = s.charAt(monthEnd) == '-' ? digits(s, monthEnd + 1) : -1;
        if (dayEnd < monthEnd + 2 || dayEnd > monthEnd + 3 || dayEnd != s.length()) {
            return Optional.empty();
        }
        checkMonth(month);
        int day = Integer.parseInt(s, monthEnd + 1, dayEnd, 10);
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new DateTimeException(ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + year + " has no day " + day);
        }
        return Optional.of(new IsoDate(LocalDate.of(year, month, day), DatePrecision.DAY));
    }

    /** Where the run of ASCII digits starting at {@code from} ends. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("there is no month " + month);
        }
    }

    String iso() {
        String year = pad(date.getYear(), 4);
        return switch (precision) {
            case YEAR -> year;
            case MONTH -> year + "-" + pad(date.getMonthValue(), 2);
            case DAY -> date.toString();
        };
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
