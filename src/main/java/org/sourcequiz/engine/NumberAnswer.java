package org.sourcequiz.engine;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed figure: {@code 65,089}, {@code 65 089}, {@code 65089}, {@code 1.2k},
 * {@code 1,2 million}, {@code 41.3%}, {@code about 200 000}, {@code 12,800 personnel}. Pure; no locale.
 *
 * <p>Separators: a comma or dot followed by exactly three digits groups thousands ({@code 65,089});
 * followed by other digit counts it is a decimal point ({@code 1,2}, {@code 41.3}); when both appear,
 * the last is the decimal point. Hedges in front ("about", "around", "more than", "~") and a currency
 * sign are ignored, and so are words after the figure when they are words of the question's unit
 * ({@code 12,800 personnel}); other words ({@code 9 September}) or letters glued to the digits
 * ({@code 12abc}) make it junk.
 */
public final class NumberAnswer {
    private NumberAnswer() {}

    private static final List<String> HEDGES = List.of(
            "approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "almost", "some",
            "more than", "less than", "fewer than", "over", "under", "at least", "at most", "up to",
            "circa", "ca.", "c.", "~", "≈", ">", "<");

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("k", BigDecimal.valueOf(1_000)), Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("thousands", BigDecimal.valueOf(1_000)),
            Map.entry("m", BigDecimal.valueOf(1_000_000)), Map.entry("mn", BigDecimal.valueOf(1_000_000)),
            Map.entry("mln", BigDecimal.valueOf(1_000_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("billion", BigDecimal.valueOf(1_000_000_000)));

    /** Sign, digits with separators, an optional glued scale or percent sign, then the rest. */
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d[\\d ,.']*\\d|\\d)(k|m|mn|mln|bn)?(%)?(?:\\s+(.*))?");

    private static final String EXAMPLE = "a number such as 12,800, 1.2k or 41.3%";
    private static final int MAX_DIGITS = 40;

    /** A bare figure: no words after it but a scale ({@code million}) or {@code percent}. */
    public static Parsed<BigDecimal> parse(String text) {
        return parse(text, "");
    }

    /** A figure, optionally followed by words of {@code unit} ("12,800 personnel" for unit "personnel"). */
    public static Parsed<BigDecimal> parse(String text, String unit) {
        String s = clean(text);
        if (s.isEmpty()) {
            return Parsed.rejected("type " + EXAMPLE);
        }
        s = stripHedges(s);
        if (!s.isEmpty() && "$€£".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Parsed.rejected(Parsed.quote(text) + " is not " + EXAMPLE);
        }
        Parsed<BigDecimal> digits = digits(m.group(2));
        if (!digits.isOk()) {
            return digits;
        }
        BigDecimal value = digits.value();
        BigDecimal scale = m.group(3) == null ? BigDecimal.ONE : SCALES.get(m.group(3));
        String rest = m.group(5) == null ? "" : m.group(5).strip();
        if (!rest.isEmpty()) {
            String first = rest.split("\\s+")[0];
            if (SCALES.containsKey(first) && m.group(3) == null && m.group(4) == null) {
                scale = SCALES.get(first);
                rest = rest.substring(first.length()).strip();
            }
            if (!rest.isEmpty() && !unitWords(rest, unit)) {
                return Parsed.rejected(Parsed.quote(text) + " is not " + EXAMPLE
                        + (unit.isBlank() ? "" : " (in " + unit + ")"));
            }
        }
        value = value.multiply(scale);
        if (m.group(1).equals("-")) {
            value = value.negate();
        }
        return Parsed.ok(strip(value));
    }

    /** True when every word of {@code rest} is a word of the unit (a typo or plural forgiven) or "percent". */
    private static boolean unitWords(String rest, String unit) {
        List<String> allowed = new java.util.ArrayList<>(List.of("percent", "per", "cent", "%"));
        allowed.addAll(List.of(TextAnswer.normalise(unit).split(" ")));
        for (String w : TextAnswer.normalise(rest.replace("%", " percent ")).split(" ")) {
            if (!w.isEmpty() && allowed.stream().noneMatch(a -> !a.isEmpty() && (a.equals(w)
                    || a.length() > 3 && org.sourcequiz.text.EditDistance.within(a, w, 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A figure as shown to a student: grouped thousands, no trailing zeros ({@code 12,800}, {@code 41.3}). */
    public static String format(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    private static String clean(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            // Non-breaking and thin spaces are common thousands separators in pasted figures.
            b.append(Character.isSpaceChar(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return b.toString().replaceAll(" +", " ").strip();
    }

    /** Drops hedges in front, walking an index so a line of a hundred thousand "~" costs no more than reading it. */
    private static String stripHedges(String s) {
        int at = 0;
        boolean again = true;
        while (again) {
            again = false;
            for (String h : HEDGES) {
                int end = at + h.length();
                if (s.startsWith(h, at) && (end == s.length() || !Character.isLetter(h.charAt(h.length() - 1))
                        || !Character.isLetter(s.charAt(end)))) {
                    at = end;
                    while (at < s.length() && s.charAt(at) == ' ') {
                        at++;
                    }
                    again = true;
                }
            }
        }
        return s.substring(at);
    }

    private static Parsed<BigDecimal> digits(String raw) {
        String s = raw.replace("'", " ");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String intPart;
        String frac;
        if (comma >= 0 && dot >= 0) {
            int dec = Math.max(comma, dot);
            intPart = s.substring(0, dec);
            frac = s.substring(dec + 1);
            char grouping = dec == comma ? '.' : ',';
            if (intPart.indexOf(s.charAt(dec)) >= 0 || !groupsOk(intPart, grouping)) {
                return Parsed.rejected(Parsed.quote(raw) + " mixes separators; write it as 12,800 or 1.5");
            }
        } else if (comma >= 0 || dot >= 0) {
            char sep = comma >= 0 ? ',' : '.';
            String[] parts = s.split(Pattern.quote(String.valueOf(sep)), -1);
            // A lone dot is a decimal point (41.3, 1.234); a lone comma before three digits groups (65,089).
            boolean grouping = parts.length > 2 || sep == ',' && parts[1].replace(" ", "").length() == 3;
            if (grouping) {
                if (!groupsOk(s, sep)) {
                    return Parsed.rejected(Parsed.quote(raw) + ": thousands are grouped in threes, as in 65,089");
                }
                intPart = s;
                frac = "";
            } else {
                intPart = parts[0];
                frac = parts[1];
            }
        } else {
            intPart = s;
            frac = "";
        }
        if (intPart.contains(" ") && !groupsOk(intPart, ' ')) {
            return Parsed.rejected(Parsed.quote(raw) + ": thousands are grouped in threes, as in 65 089");
        }
        String digits = intPart.replaceAll("[ ,.]", "");
        if (digits.length() + frac.length() > MAX_DIGITS) {
            // BigDecimal reads digits in quadratic time; no figure a student types needs this many.
            return Parsed.rejected(Parsed.quote(raw) + " has more digits than a figure needs");
        }
        if (frac.contains(" ") || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                || !frac.chars().allMatch(Character::isDigit)) {
            return Parsed.rejected(Parsed.quote(raw) + " is not " + EXAMPLE);
        }
        return Parsed.ok(new BigDecimal(frac.isEmpty() ? digits : digits + "." + frac));
    }

    /** True when every group after the first, split on {@code sep} or a space, has three digits. */
    private static boolean groupsOk(String s, char sep) {
        String[] groups = s.split("[ " + Pattern.quote(String.valueOf(sep)) + "]", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 && groups.length > 1) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
