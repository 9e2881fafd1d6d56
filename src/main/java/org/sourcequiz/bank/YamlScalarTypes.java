package org.sourcequiz.bank;

import java.util.Set;

/**
 * The type Jackson would give a plain scalar, settled without SnakeYAML's resolver for the forms
 * a bank is made of (see {@link YamlScalars#plain}): pure functions of the text, apart from the reader.
 */
final class YamlScalarTypes {
    private YamlScalarTypes() {}

    /** The whole of SnakeYAML's BOOL pattern, and of its NULL pattern but for the {@code " "} a plain scalar cannot be. */
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    /**
     * The resolver's answer for the forms a bank is made of, or null to ask it. It looks up its
     * patterns by first character: none starts with a letter but BOOL's and NULL's words, none
     * with any character outside {@code -+.0123456789~<!&*}, and of those starting with a digit,
     * a plain decimal integer is INT, {@code 1.5} is FLOAT, {@code 2021-09-30} is TIMESTAMP,
     * {@code 2021-09} is none, and neither is any value with a character none of them allows
     * or with two dots.
     */
    static Node.ScalarType commonType(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char c = text.charAt(0);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            if (text.length() > 5) {
                return Node.ScalarType.STRING;
            }
            return BOOLEANS.contains(text) ? Node.ScalarType.BOOLEAN
                    : NULLS.contains(text) ? Node.ScalarType.NULL : Node.ScalarType.STRING;
        }
        if (c >= '0' && c <= '9') {
            if (simpleInteger(text)) {
                return Node.ScalarType.NUMBER;
            }
            if (simpleDecimal(text)) {
                return Node.ScalarType.NUMBER;
            }
            if (isoDate(text) || isoMonth(text)) {
                return Node.ScalarType.STRING;
            }
            if (text.startsWith("0x") || text.startsWith("0b")) {
                return null;
            }
            int dots = 0;
            for (int i = 1; i < text.length(); i++) {
                char d = text.charAt(i);
                if (NUMBER_OR_TIME.indexOf(d) < 0) {
                    return Node.ScalarType.STRING; // `28 steps`, `85%`, `000_a8e0.txt`: no INT, FLOAT or TIMESTAMP has that
                }
                dots += d == '.' ? 1 : 0;
            }
            return dots > 1 ? Node.ScalarType.STRING : null; // `22.10.2021`: each pattern has one dot at most
        }
        return c > 0x7F || "-+.0123456789~<=!&*".indexOf(c) < 0 ? Node.ScalarType.STRING : null;
    }

    /**
     * {@code [0-9]+\.[0-9]+}, not long: FLOAT, and not INT. (The resolver tries FLOAT only on
     * values of up to 1024 characters; a longer one is text.)
     */
    private static boolean simpleDecimal(String t) {
        int dot = t.indexOf('.');
        return t.length() <= 100 && dot >= 1 && dot < t.length() - 1
                && digits(t, 0, dot) && digits(t, dot + 1, t.length());
    }

    /**
     * Every character SnakeYAML's INT, FLOAT and TIMESTAMP patterns allow after a first digit,
     * but for the hex digits and {@code b} of {@code 0x} and {@code 0b} integers.
     */
    private static final String NUMBER_OR_TIME = "0123456789-+_:.eEtTZ \t";

    /** {@code [0-9]{4}-[0-9]{2}}: a month, which no pattern takes: text. */
    private static boolean isoMonth(String t) {
        return t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7);
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: TIMESTAMP (neither INT nor FLOAT), which Jackson reads as text. */
    private static boolean isoDate(String t) {
        return t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-'
                && digits(t, 0, 4) && digits(t, 5, 7) && digits(t, 8, 10);
    }

    /** {@code [-+]?(0|[1-9][0-9]*)}, short enough for a long: what Jackson decodes without a doubt. */
    static boolean simpleInteger(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int digits = t.length() - i;
        return digits >= 1 && digits <= 18 && !(t.charAt(i) == '0' && digits > 1) && digits(t, i, t.length());
    }

    /** Whether {@code t[from, to)} is all ASCII digits. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
