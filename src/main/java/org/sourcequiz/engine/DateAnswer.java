package org.sourcequiz.engine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.model.DatePrecision;

/**
 * Reads a typed date: {@code 9 September 2021}, {@code Sept 9, 2021}, {@code 9 Sept 2021},
 * {@code 9th of September}, {@code 2021-09-09}, {@code 9.9.2021}, {@code 09/09/2021} (numeric dates
 * are day first, except ISO year-first ones), {@code September 2021}, {@code 2021-09}, {@code 2021}.
 * A day and month without a year take {@code assumedYear} (the year of the question's date, so a
 * student is never marked wrong for leaving out a year the question already fixes).
 */
public final class DateAnswer {
    private DateAnswer() {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?\\.?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ORDINAL = Pattern.compile("^(\\d{1,2})(st|nd|rd|th)$");

    private static final String EXAMPLE = "a date such as 9 September 2021, 2021-09-09 or September 2021";

    public static Parsed<GivenDate> parse(String text, int assumedYear) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
        if (s.isEmpty()) {
            return Parsed.rejected("type " + EXAMPLE);
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return build(text, num(m.group(1)), num(m.group(2)), m.group(3) == null ? 0 : num(m.group(3)));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(text, num(m.group(2)), num(m.group(1)), 0);
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            int year = m.group(3) == null ? assumedYear : num(m.group(3));
            if (m.group(3) != null && m.group(3).length() == 2) {
                year += 2000;
            }
            return build(text, year, num(m.group(2)), num(m.group(1)));
        }
        if (YEAR.matcher(s).matches()) {
            return build(text, num(s), 0, 0);
        }
        return words(text, s, assumedYear);
    }

    /** Forms with a month name, in any order: "9 Sept 2021", "Sept 9, 2021", "September", "9th of May". */
    private static Parsed<GivenDate> words(String text, String s, int assumedYear) {
        List<String> tokens = new ArrayList<>();
        for (String t : s.split("[\\s,]+")) {
            if (!t.isEmpty() && !t.equals("of") && !t.equals("the")) {
                tokens.add(t.endsWith(".") ? t.substring(0, t.length() - 1) : t);
            }
        }
        int month = 0;
        int day = 0;
        int year = 0;
        for (String t : tokens) {
            Matcher ord = ORDINAL.matcher(t);
            if (MONTHS.containsKey(t) && month == 0) {
                month = MONTHS.get(t);
            } else if (ord.matches() && day == 0) {
                day = num(ord.group(1));
            } else if (t.matches("\\d{4}") && year == 0) {
                year = num(t);
            } else if (t.matches("\\d{1,2}") && day == 0) {
                day = num(t);
            } else {
                return Parsed.rejected(Parsed.quote(text) + " is not " + EXAMPLE);
            }
        }
        if (month == 0) {
            return Parsed.rejected(Parsed.quote(text) + " is not " + EXAMPLE);
        }
        return build(text, year == 0 ? assumedYear : year, month, day);
    }

    private static Parsed<GivenDate> build(String text, int year, int month, int day) {
        if (month > 12 || month == 0 && day != 0) {
            return Parsed.rejected(Parsed.quote(text) + " has no month " + month + " (dates are read day first: 9.9.2021)");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return Parsed.rejected(Parsed.quote(text) + " is not a day of the calendar");
            }
        }
        if (year < 1 || year > 9999) {
            return Parsed.rejected(Parsed.quote(text) + " is not " + EXAMPLE);
        }
        return Parsed.ok(new GivenDate(year, month, day));
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    /** A date as shown to a student, to the precision it has: {@code 9 September 2021}, {@code September 2021}, {@code 2021}. */
    public static String format(GivenDate date) {
        String year = Integer.toString(date.year());
        if (date.month() == 0) {
            return year;
        }
        String month = Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return date.day() == 0 ? month + " " + year : date.day() + " " + month + " " + year;
    }

    public static String format(LocalDate date, DatePrecision precision) {
        return format(of(date, precision));
    }

    /** The part of {@code date} that {@code precision} asks for. */
    public static GivenDate of(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case DAY -> new GivenDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case MONTH -> new GivenDate(date.getYear(), date.getMonthValue(), 0);
            case YEAR -> new GivenDate(date.getYear(), 0, 0);
        };
    }
}
