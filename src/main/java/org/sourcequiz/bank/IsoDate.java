package org.sourcequiz.bank;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.model.DatePrecision;

/** A date as question files write it: {@code 2021-09-09}, {@code 2021-09} or {@code 2021}. */
record IsoDate(LocalDate date, DatePrecision precision) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** Empty when the text is not of the form; throws DateTimeException when the date is impossible. */
    static Optional<IsoDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(new IsoDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new DateTimeException("there is no month " + month);
        }
        if (m.group(3) == null) {
            return Optional.of(new IsoDate(LocalDate.of(year, month, 1), DatePrecision.MONTH));
        }
        int day = Integer.parseInt(m.group(3));
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new DateTimeException(ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + year + " has no day " + day);
        }
        return Optional.of(new IsoDate(LocalDate.of(year, month, day), DatePrecision.DAY));
    }

    String iso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }
}
