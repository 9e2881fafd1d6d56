package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.engine.DateAnswer;
import org.sourcequiz.engine.GivenDate;
import org.sourcequiz.engine.Parsed;

/**
 * Finds dates in every common written form: 4 November 2021, December 8, 1999, Sept 30, 2021,
 * 22.10.2021, 2021-09-09, September 10-16, 17-19 September, January-June, September 2021, a
 * month alone, a year with or without a cue (since 2000, by 2030) and year ranges (2021–3).
 * Each date is read by the engine's {@link DateAnswer}, the same reader that grades a student.
 */
final class DateFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![\\p{L}])";
    private static final String FULL_MONTH = "(?:January|February|March|April|June|July|August|September|October|November|December)(?![\\p{L}])";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)(?![\\d\\p{L}]|[-–]\\p{L})";
    private static final String DASH = "\\s?[-–—]\\s?";
    private static final String CUE = "(?:(?<cue>[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Ii]n|[Oo]f|[Tt]hrough)\\s+)?";

    private static final Pattern DATES = Pattern.compile(String.join("|",
            "(?<dRange>(?<rd1>" + DAY + ")" + DASH + "(?<rd2>" + DAY + ")\\s+(?:of\\s+)?(?<rdm>" + MONTH + ")(?:,?\\s+(?<rdy>" + YEAR + "))?)",
            "(?<mRange>(?<rmm>" + MONTH + ")\\s+(?<rm1>" + DAY + ")" + DASH + "(?<rm2>" + DAY + ")(?:,?\\s+(?<rmy>" + YEAR + "))?)",
            "(?<dmy>(?<dd>" + DAY + ")\\s+(?:of\\s+)?(?<dm>" + MONTH + ")(?:,?\\s+(?<dy>" + YEAR + "))?)",
            "(?<mdy>(?<mm>" + MONTH + ")\\s+(?<md>" + DAY + ")(?:,?\\s+(?<my>" + YEAR + "))?)",
            "(?<monthRange>(?<mr1>" + FULL_MONTH + ")" + DASH + "(?<mr2>" + FULL_MONTH + ")(?:,?\\s+(?<mry>" + YEAR + "))?)",
            "(?<monthYear>(?<mym>" + MONTH + ")\\s+(?<myy>" + YEAR + "))",
            "(?<numeric>(?<![\\d.])(?:\\d{1,2}\\.\\d{1,2}\\.(?:1[89]|20)\\d\\d|(?:1[89]|20)\\d\\d-\\d\\d-\\d\\d)(?![\\d.]\\d))",
            "(?<yearRange>(?<![\\p{L}\\d,.\\-–])(?<yr1>(?:1[89]|20)\\d\\d)" + DASH + "(?<yr2>\\d{1,4})(?![\\d\\p{L}]))",
            "(?<year>(?<![\\p{L}\\d,.\\-–$€£])" + CUE + "(?<y>" + YEAR + ")(?!\\s+[a-z]+s\\b(?<!\\s(?:years|was|is|has|as|this|its)\\b)))",
            "(?<month>(?<![\\p{L}])(?<mo>" + FULL_MONTH + "))"));

    private DateFinder() {}

    static List<DateFact> find(Article article, List<Sentence> sentences, int assumedYear) {
        List<DateFact> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = DATES.matcher(s.text());
            while (m.find()) {
                DateFact f = read(article, s, m, assumedYear);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static DateFact read(Article article, Sentence s, Matcher m, int assumedYear) {
        int start = s.start() + m.start();
        int end = s.start() + m.end();
        if (m.group("dRange") != null) {
            return range(article, s, start, end, m.group("rdm"), m.group("rd1"), m.group("rd2"), m.group("rdy"), assumedYear);
        }
        if (m.group("mRange") != null) {
            return range(article, s, start, end, m.group("rmm"), m.group("rm1"), m.group("rm2"), m.group("rmy"), assumedYear);
        }
        if (m.group("dmy") != null) {
            return single(article, s, start, end, m.group("dd") + " " + m.group("dm") + year(m.group("dy")), m.group("dy") != null, assumedYear, "");
        }
        if (m.group("mdy") != null) {
            return single(article, s, start, end, m.group("md") + " " + m.group("mm") + year(m.group("my")), m.group("my") != null, assumedYear, "");
        }
        if (m.group("monthRange") != null) {
            GivenDate from = parse(m.group("mr1") + year(m.group("mry")), assumedYear);
            GivenDate to = parse(m.group("mr2") + year(m.group("mry")), assumedYear);
            return from == null || to == null ? null
                    : new DateFact(Spot.in(article, s, start, end), from, to, m.group("mry") != null, "");
        }
        if (m.group("monthYear") != null) {
            return single(article, s, start, end, m.group("mym") + " " + m.group("myy"), true, assumedYear, "");
        }
        if (m.group("numeric") != null) {
            return single(article, s, start, end, m.group("numeric"), true, assumedYear, "");
        }
        if (m.group("yearRange") != null) {
            int from = Integer.parseInt(m.group("yr1"));
            String tail = m.group("yr2");
            // "2021–3", "2021-23", "2021–2023": the end keeps the start's leading digits.
            int to = tail.length() >= 4 ? Integer.parseInt(tail)
                    : Integer.parseInt(m.group("yr1").substring(0, 4 - tail.length()) + tail);
            if (tail.length() == 3 || to <= from || to - from > 50) {
                return null;
            }
            return new DateFact(Spot.in(article, s, start, end), new GivenDate(from, 0, 0), new GivenDate(to, 0, 0), true, "");
        }
        if (m.group("year") != null) {
            String cue = m.group("cue") == null ? "" : m.group("cue").toLowerCase(Locale.ROOT);
            // The cue stays part of the fact's words only when it says something about the year.
            int at = cue.isEmpty() || cue.equals("in") || cue.equals("of") ? s.start() + m.start("y") : start;
            return single(article, s, at, end, m.group("y"), true, assumedYear, cue.equals("in") || cue.equals("of") ? "" : cue);
        }
        if (m.group("month") != null) {
            return single(article, s, start, end, m.group("mo"), false, assumedYear, "");
        }
        return null;
    }

    private static String year(String y) {
        return y == null ? "" : " " + y;
    }

    private static DateFact single(Article article, Sentence s, int start, int end, String written, boolean yearStated,
                                   int assumedYear, String cue) {
        if (!yearStated && assumedYear == 0) {
            return null; // a day or month of no known year is no date a student can be asked
        }
        GivenDate d = parse(written, assumedYear);
        return d == null ? null : new DateFact(Spot.in(article, s, start, end), d, null, yearStated, cue);
    }

    private static DateFact range(Article article, Sentence s, int start, int end, String month, String d1, String d2,
                                  String year, int assumedYear) {
        if (year == null && assumedYear == 0) {
            return null;
        }
        GivenDate from = parse(d1 + " " + month + year(year), assumedYear);
        GivenDate to = parse(d2 + " " + month + year(year), assumedYear);
        if (from == null || to == null || to.day() <= from.day()) {
            return null;
        }
        return new DateFact(Spot.in(article, s, start, end), from, to, year != null, "");
    }

    private static GivenDate parse(String written, int assumedYear) {
        Parsed<GivenDate> p = DateAnswer.parse(written, assumedYear);
        return p.isOk() ? p.value() : null;
    }
}
