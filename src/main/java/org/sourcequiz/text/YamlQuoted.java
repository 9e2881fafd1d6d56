package org.sourcequiz.text;

/** YAML's double-quoted scalars, as the question files that import and draft write use them. */
public final class YamlQuoted {
    private YamlQuoted() {}

    public static String of(String s) {
        return append(new StringBuilder(s.length() + 2), s).toString();
    }

    /**
     * {@code s} as a YAML double-quoted scalar, appended to {@code b}: the part before the first
     * character to escape (for nearly every text, all of it) is copied whole, not char by char.
     */
    public static StringBuilder append(StringBuilder b, String s) {
        b.append('"');
        int n = s.length();
        int i = 0;
        while (i < n && !needsEscape(s.charAt(i))) {
            i++;
        }
        b.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    private static boolean needsEscape(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return c == '"' || c == '\\';
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }
}
