package org.sourcequiz.bank;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.text.Typography;

/**
 * A passage should show the figure or date its question asks for; when it does not, the author
 * most likely quoted the wrong sentence. Reads figures the way articles write them: 65,089,
 * 200 thousand, $1 billion, one billion, 1200, 41. 3%.
 */
final class FigureCheck {
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\s?(\\d+))?(?:\\s*(thousand|million|billion|k)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\\s+(thousand|million|billion)\\b"
                    + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand"
                    + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10));
    /** Compiled once: a large bank has thousands of date questions. */
    private static final Map<Month, Pattern> MONTHS = months();
    /** A year or a day as a passage writes it, compiled once each: a cold JVM compiles a pattern slowly. */
    private static final Map<Integer, Pattern> YEARS = new ConcurrentHashMap<>();
    private static final Map<Integer, Pattern> DAYS = new ConcurrentHashMap<>();
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

    /**
     * A longer run of digits is no figure an article states, and BigDecimal reads digits in
     * quadratic time: a passage of a million digits held validate for a minute and more.
     */
    private static final int MAX_DIGITS = 40;

    private FigureCheck() {}

    static void warnIfPassageLacksAnswer(Question q, Location passageAt, Problems problems) {
        if (!(q instanceof NumberQuestion || q instanceof DateQuestion)) {
            return;
        }
        String passage = Typography.fold(q.passage());
        if (q instanceof NumberQuestion n && !showsNumber(n, passage)) {
            problems.warning(passageAt, q.id(), "the passage does not show the figure "
                            + (n.value() != null ? n.value().toPlainString() : n.low().toPlainString() + "–" + n.high().toPlainString()),
                    "quote the sentence that states it");
        } else if (q instanceof DateQuestion d && !showsDate(d, passage)) {
            problems.warning(passageAt, q.id(), "the passage does not show the date " + d.date()
                    + " (" + d.precision().name().toLowerCase(Locale.ROOT) + ")", "quote the sentence that dates it");
        }
    }

    static List<BigDecimal> numbersIn(String text) {
        List<BigDecimal> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            String fraction = m.group(2) != null ? m.group(2) : "";
            if (digits.length() + fraction.length() > MAX_DIGITS) {
                continue;
            }
            BigDecimal v = new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
            out.add(v);
            if (m.group(3) != null) {
                out.add(v.multiply(multiplier(m.group(3))));
            }
        }
        Matcher w = WORD_NUMBER.matcher(text);
        while (w.find()) {
            if (w.group(1) != null) {
                out.add(BigDecimal.valueOf(WORDS.get(w.group(1).toLowerCase(Locale.ROOT))).multiply(multiplier(w.group(2))));
            } else {
                out.add(BigDecimal.valueOf(WORDS.get(w.group(3).toLowerCase(Locale.ROOT))));
            }
        }
        return out;
    }

    private static BigDecimal multiplier(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
    }

    private static boolean showsNumber(NumberQuestion q, String passage) {
        List<BigDecimal> found = numbersIn(passage);
        if (q.value() != null) {
            return found.stream().anyMatch(v -> v.compareTo(q.value()) == 0);
        }
        return found.stream().anyMatch(v -> v.compareTo(q.low()) == 0)
                && found.stream().anyMatch(v -> v.compareTo(q.high()) == 0);
    }

    private static boolean showsDate(DateQuestion q, String passage) {
        int y = q.date().getYear();
        int mo = q.date().getMonthValue();
        int d = q.date().getDayOfMonth();
        Matcher m = NUMERIC_DATE.matcher(passage);
        while (m.find()) {
            if (Integer.parseInt(m.group(3)) == y && (q.precision() == DatePrecision.YEAR
                    || Integer.parseInt(m.group(2)) == mo && (q.precision() == DatePrecision.MONTH
                    || Integer.parseInt(m.group(1)) == d))) {
                return true;
            }
        }
        if (passage.contains(q.date().toString().substring(0, q.precision() == DatePrecision.YEAR ? 4
                : q.precision() == DatePrecision.MONTH ? 7 : 10))) {
            return true;
        }
        boolean year = YEARS.computeIfAbsent(y, n -> Pattern.compile("\\b" + n + "\\b")).matcher(passage).find();
        if (q.precision() == DatePrecision.YEAR) {
            return year;
        }
        boolean month = mentionsMonth(passage, Month.of(mo));
        if (q.precision() == DatePrecision.MONTH) {
            return month;
        }
        return month && DAYS.computeIfAbsent(d, n -> Pattern.compile("(?<![\\d.,])" + n + "(?!\\d|[.,]\\d)")).matcher(passage).find();
    }

    private static boolean mentionsMonth(String passage, Month month) {
        return MONTHS.get(month).matcher(passage).find();
    }

    private static Map<Month, Pattern> months() {
        Map<Month, Pattern> m = new EnumMap<>(Month.class);
        for (Month month : Month.values()) {
            // From the constant's name, not getDisplayName: that loads the JDK's locale data, some
            // 10 ms of a cold start, for twelve English words.
            String full = month.name().charAt(0) + month.name().substring(1).toLowerCase(Locale.ROOT);
            m.put(month, Pattern.compile("\\b(" + full + "|" + full.substring(0, 3) + "\\.?|"
                    + (month == Month.SEPTEMBER ? "Sept" : full) + ")\\b"));
        }
        return m;
    }
}
