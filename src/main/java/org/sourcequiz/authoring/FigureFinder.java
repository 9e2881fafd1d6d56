package org.sourcequiz.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.engine.NumberAnswer;
import org.sourcequiz.engine.Parsed;

/**
 * Finds figures: amounts with a currency ($17.8 billion, one billion US dollars), percentages
 * (34.9 percent, 41. 3%), counts with what they count (28 union programmes, 2,500 troops,
 * 36–44 Ural trucks, a 70,000-strong army) and ranks (third largest, the fifth meeting). Digits
 * glued to letters are names, not figures (Su-30SM, S-400, Covid-19, FR4978). Each figure is read
 * by the engine's {@link NumberAnswer}, the same reader that grades a student.
 */
final class FigureFinder {
    private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\s?\\d+(?=\\s?(?:%|percent|per cent))|\\d+(?:\\.\\d+)?)";
    private static final String WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|several dozen|a few)";
    private static final String SMALL = "(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d][-–]?|[\\d.,]|[\\p{L}]\\.)(?<cur>US\\$|\\$|€|£)?\\s?(?<num>" + NUM + ")(?:\\s?[-–]\\s?(?<num2>" + NUM + "))?"
                    + "(?:\\s?(?<scale>thousand|million|billion|trillion|bn|mln)(?![\\p{L}]))?"
                    + "(?<pct>\\s?%|\\s(?:percent|per cent)(?![\\p{L}]))?(?![\\p{L}\\d]|[.,]\\d)"
                    + "|(?<![\\p{L}])(?<word>" + WORD + ")\\s(?<wscale>thousand|million|billion)(?![\\p{L}])"
                    + "|(?<![\\p{L}])(?<small>" + SMALL + ")(?:\\s(?:to|or)\\s(?<small2>" + SMALL + "))?(?=\\s\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANK = Pattern.compile(
            "(?<![\\p{L}])(?<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))"
                    + "(?:\\s|-)(?<what>(?:largest|biggest|smallest|highest|lowest|best|worst|strongest|richest|poorest|most|least)"
                    + "(?:\\s[\\p{L}-]+)?|[a-z]+)(?![\\p{L}])");
    private static final Map<String, Integer> ORDINALS = Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    /** Words after a figure that do not say what it counts. */
    private static final Set<String> NOT_UNITS = Set.of("of", "in", "to", "and", "or", "the", "a", "an", "were", "was", "is",
            "are", "from", "by", "for", "on", "at", "with", "that", "than", "who", "which", "it", "its", "he", "she", "they",
            "be", "been", "will", "would", "as", "into", "out", "over", "under", "said", "had", "have", "has", "per",
            "alone", "this", "these", "those", "there", "when", "what", "while", "we", "our", "their", "his", "her", "but");
    /** A noun for "what the figure counts" when the next word is an adjective. */
    private static final Pattern UNIT_WORD = Pattern.compile("[\\p{L}][\\p{L}\\d’'-]*");

    private FigureFinder() {}

    static List<FigureFact> find(Article article, List<Sentence> sentences) {
        List<FigureFact> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Matcher m = FIGURE.matcher(s.text());
            while (m.find()) {
                FigureFact f = m.group("small") != null ? small(article, s, m)
                        : m.group("word") != null ? words(article, s, m) : digits(article, s, m);
                if (f != null) {
                    out.add(f);
                }
            }
            Matcher r = RANK.matcher(s.text());
            while (r.find()) {
                FigureFact f = rank(article, s, r);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static FigureFact digits(Article article, Sentence s, Matcher m) {
        String scale = m.group("scale") == null ? "" : " " + m.group("scale").toLowerCase(Locale.ROOT);
        boolean percent = m.group("pct") != null;
        BigDecimal value = read(m.group("num"), scale);
        if (value == null) {
            return null;
        }
        BigDecimal high = m.group("num2") == null ? null : read(m.group("num2"), scale);
        if (m.group("num2") != null && (high == null || high.compareTo(value) <= 0)) {
            return null;
        }
        boolean money = m.group("cur") != null;
        int numberStart = s.start() + m.start();
        while (Character.isWhitespace(article.text().charAt(numberStart))) {
            numberStart++;
        }
        int numberEnd = s.start() + m.end();
        String rest = s.text().substring(m.end());
        String unit;
        int end = numberEnd;
        if (percent) {
            unit = "%";
        } else {
            String[] taken = unitAfter(rest);
            unit = taken[0];
            end += taken[1].length();
            if (money) {
                unit = unit.isEmpty() || !unit.matches("(?i).*(dollar|euro|pound|rouble|ruble).*") ? "US dollars" : unit;
            } else if (unit.isEmpty() && scale.isEmpty() && m.group("num").replaceAll("\\D", "").length() < 3) {
                return null; // a bare small number says nothing a question can ask about
            }
        }
        if (!money && !percent && scale.isEmpty() && m.group("num2") == null && value.scale() <= 0
                && value.compareTo(BigDecimal.valueOf(31)) <= 0 && unit.matches("(?i)(january|february|march|april|may|june"
                + "|july|august|september|october|november|december|sept?|oct|nov|dec)")) {
            return null; // a day of a month: the date finder's
        }
        Spot at = Spot.in(article, s, numberStart, end);
        return new FigureFact(at, value, high, unit, article.text().substring(numberStart, numberEnd), numberStart, numberEnd, false);
    }

    private static FigureFact words(Article article, Sentence s, Matcher m) {
        String w = m.group("word").toLowerCase(Locale.ROOT);
        if (!WORDS.containsKey(w)) {
            return null; // "several thousand": no figure to ask for
        }
        BigDecimal value = read(Integer.toString(WORDS.get(w)), " " + m.group("wscale").toLowerCase(Locale.ROOT));
        int numberStart = s.start() + m.start();
        int numberEnd = s.start() + m.end();
        String[] taken = unitAfter(s.text().substring(m.end()));
        String unit = taken[0].matches("(?i)(US |American )?dollars?") ? "US dollars" : taken[0];
        Spot at = Spot.in(article, s, numberStart, numberEnd + taken[1].length());
        return value == null ? null
                : new FigureFact(at, value, null, unit, article.text().substring(numberStart, numberEnd), numberStart, numberEnd, false);
    }

    /** "three Su-30SM fighters", "two to three months": a small number in words, kept only with what it counts. */
    private static FigureFact small(Article article, Sentence s, Matcher m) {
        String[] taken = unitAfter(s.text().substring(m.end()));
        String unit = taken[0];
        String last = unit.replaceFirst(".*\\s", "");
        if (unit.isEmpty() || !(last.endsWith("s") || isMassNoun(last)) || Character.isUpperCase(unit.charAt(0)) && !unit.contains(" ")) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(WORDS.get(m.group("small").toLowerCase(Locale.ROOT)));
        BigDecimal high = m.group("small2") == null ? null : BigDecimal.valueOf(WORDS.get(m.group("small2").toLowerCase(Locale.ROOT)));
        if (high != null && high.compareTo(value) <= 0) {
            return null;
        }
        int numberStart = s.start() + m.start();
        int numberEnd = s.start() + m.end();
        return new FigureFact(Spot.in(article, s, numberStart, numberEnd + taken[1].length()), value, high, unit,
                article.text().substring(numberStart, numberEnd), numberStart, numberEnd, false);
    }

    private static FigureFact rank(Article article, Sentence s, Matcher r) {
        String ord = r.group("ord").toLowerCase(Locale.ROOT);
        String what = r.group("what");
        boolean superlative = what.matches("(largest|biggest|smallest|highest|lowest|best|worst|strongest|richest|poorest|most|least).*");
        // "the fifth meeting" is a rank; "the second one" of a list is not.
        if (!superlative && (!s.text().substring(0, r.start()).toLowerCase(Locale.ROOT).endsWith("the ")
                || NOT_UNITS.contains(what) || what.equals("one") || what.equals("time") || what.equals("day"))) {
            return null;
        }
        int value = ORDINALS.containsKey(ord) ? ORDINALS.get(ord) : Integer.parseInt(ord.replaceAll("\\D", ""));
        int start = s.start() + r.start();
        int end = s.start() + r.end();
        return new FigureFact(Spot.in(article, s, start, end), BigDecimal.valueOf(value), null, what,
                article.text().substring(start, s.start() + r.end("ord")), start, s.start() + r.end("ord"), true);
    }

    /** What the figure counts: up to three words after it ("military personnel", "T-72A tanks"); and the text taken. */
    private static String[] unitAfter(String rest) {
        String s = rest.startsWith("-strong") ? rest.substring("-strong".length()) : rest;
        int consumed = rest.length() - s.length();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (words.size() < 3) {
            int j = i;
            while (j < s.length() && s.charAt(j) == ' ') {
                j++;
            }
            if (j == i && i > 0 || j - i > 1) {
                break;
            }
            Matcher w = UNIT_WORD.matcher(s).region(j, s.length());
            if (!w.lookingAt()) {
                break;
            }
            String word = w.group();
            if (NOT_UNITS.contains(word.toLowerCase(Locale.ROOT))) {
                break;
            }
            words.add(word);
            i = w.end();
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") || isMassNoun(word)) {
                break; // the head noun: "troops", "personnel"
            }
        }
        if (words.isEmpty()) {
            return new String[] {"", rest.substring(0, consumed)};
        }
        return new String[] {String.join(" ", words), rest.substring(0, consumed + i)};
    }

    private static boolean isMassNoun(String word) {
        return Set.of("personnel", "equipment", "people", "km", "kilometers", "kilometres", "men", "women", "children",
                "army", "force", "strong", "year", "month", "week", "day").contains(word.toLowerCase(Locale.ROOT));
    }

    private static BigDecimal read(String number, String scale) {
        Parsed<BigDecimal> p = NumberAnswer.parse(number.replace(" ", "") + scale);
        return p.isOk() ? p.value() : null;
    }
}
