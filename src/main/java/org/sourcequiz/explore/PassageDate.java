package org.sourcequiz.explore;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.model.DatePrecision;

/**
 * The one date a passage states, for an event line without a date prefix on a question that is
 * not a date question. Explore may not use authoring's DateFinder (it reads dates with the
 * engine), so this reads only the common written forms with a year: 10 September 2021,
 * September 10, 2021, 10.09.2021, 2021-09-10, September 2021 and a year alone. A passage with no
 * such date, or with two different ones, states no single date.
 */
final class PassageDate {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![\\p{L}])";
    private static final String DAY = "([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d\\p{L}])";
    private static final Pattern DATES = Pattern.compile(String.join("|",
            "(?<dmy>" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + ")",
            "(?<mdy>" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + ")",
            "(?<dotted>(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)(?![\\d]))",
            "(?<iso>(?<![\\d-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?![\\d]))",
            "(?<my>" + MONTH + "\\s+(?:of\\s+)?" + YEAR + ")",
            "(?<y>(?<![\\p{L}\\d,.$€£-])" + YEAR + ")"));

    private PassageDate() {}

    static Optional<EventDate> single(String passage) {
        Set<EventDate> found = new LinkedHashSet<>();
        Matcher m = DATES.matcher(passage);
        while (m.find()) {
            read(m).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static Optional<EventDate> read(Matcher m) {
        try {
            if (m.group("dmy") != null) {
                return day(m.group(4), MONTHS.get(m.group(3).toLowerCase(Locale.ROOT)), m.group(2));
            } else if (m.group("mdy") != null) {
                return day(m.group(8), MONTHS.get(m.group(6).toLowerCase(Locale.ROOT)), m.group(7));
            } else if (m.group("dotted") != null) {
                return day(m.group(12), Integer.parseInt(m.group(11)), m.group(10));
            } else if (m.group("iso") != null) {
                return day(m.group(14), Integer.parseInt(m.group(15)), m.group(16));
            } else if (m.group("my") != null) {
                int month = MONTHS.get(m.group(18).toLowerCase(Locale.ROOT));
                return Optional.of(EventDate.of(LocalDate.of(Integer.parseInt(m.group(19)), month, 1), DatePrecision.MONTH));
            }
            return Optional.of(EventDate.of(LocalDate.of(Integer.parseInt(m.group(21)), 1, 1), DatePrecision.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty(); // 31.02.2021 is no date the passage states
        }
    }

    private static Optional<EventDate> day(String year, int month, String day) {
        return Optional.of(EventDate.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)), DatePrecision.DAY));
    }

    private static Map<String, Integer> months() {
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"};
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < full.length; i++) {
            m.put(full[i], i + 1);
            m.put(full[i].substring(0, 3), i + 1);
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
