package org.sourcequiz.bank;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.sourcequiz.model.DatePrecision;

/**
 * A question's {@code event:} line read: an optional ISO date prefix ({@code 2021},
 * {@code 2021-09}, {@code 2021-09-10}, or a range of two such dates of the same precision with a
 * slash, {@code 2021-09-10/2021-09-16}), a colon and a space, then what happened in plain words.
 * A line that does not start with a digit has no prefix and is all text.
 *
 * @param start the prefix's date, or null when there is none
 * @param end   the end of a range, or null
 */
public record EventLine(LocalDate start, LocalDate end, DatePrecision precision, String text) {

    /** What is wrong with a line's prefix, said so that the author can fix it. */
    public static final class Malformed extends Exception {
        private final String hint;

        Malformed(String message, String hint) {
            super(message);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    public boolean dated() {
        return start != null;
    }

    /**
     * The line read; throws when it starts like a date prefix (digits, dashes and slashes up to a
     * colon) but the date is not one of the forms or not a real date.
     */
    public static EventLine parse(String line) throws Malformed {
        String s = line.strip();
        int colon = prefixEnd(s);
        if (colon < 0) {
            return new EventLine(null, null, null, s);
        }
        String prefix = s.substring(0, colon);
        String text = s.substring(colon + 1);
        if (text.isBlank()) {
            throw new Malformed("the event says only its date `" + prefix + "`", "say what happened after the colon");
        }
        if (!text.startsWith(" ")) {
            throw new Malformed("the event's date `" + prefix + "` should be followed by a colon and a space",
                    "write e.g. `2021-09-10: Russia and Belarus ...`");
        }
        int slash = prefix.indexOf('/');
        IsoDate from = date(slash < 0 ? prefix : prefix.substring(0, slash), prefix);
        if (slash < 0) {
            return new EventLine(from.date(), null, from.precision(), text.strip());
        }
        IsoDate to = date(prefix.substring(slash + 1), prefix);
        if (to.precision() != from.precision()) {
            throw new Malformed("both ends of the event's range `" + prefix + "` should be written alike",
                    "write e.g. `2021-09-10/2021-09-16`, `2021-09/2021-10` or `2020/2022`");
        }
        if (!to.date().isAfter(from.date())) {
            throw new Malformed("the event's range `" + prefix + "` ends before it starts",
                    "put the earlier date first, e.g. `2021-09-10/2021-09-16`");
        }
        return new EventLine(from.date(), to.date(), from.precision(), text.strip());
    }

    /** Where the colon after a date prefix is, or -1 when the line has no prefix. */
    private static int prefixEnd(String s) {
        if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9') {
            return -1;
        }
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '/')) {
            i++;
        }
        return i < s.length() && s.charAt(i) == ':' ? i : -1;
    }

    private static IsoDate date(String part, String prefix) throws Malformed {
        try {
            Optional<IsoDate> d = IsoDate.parse(part);
            if (d.isPresent() && d.get().iso().equals(part)) {
                return d.get();
            }
        } catch (DateTimeException e) {
            throw new Malformed("the event's date `" + prefix + "` is no real date: " + e.getMessage(),
                    "write the date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
        throw new Malformed("the event's date `" + prefix + "` is not an ISO date",
                "write YYYY, YYYY-MM or YYYY-MM-DD, or two of them alike with a slash: `2021-09-10/2021-09-16`");
    }
}
