package org.sourcequiz.fuzz;

/** Text as a Java string literal's inside, so a failing input can be pasted into a regression test. */
final class Escape {
    private static final int SHOWN = 400;

    private Escape() {}

    static String java(String s) {
        return java(s, SHOWN);
    }

    static String java(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < max; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (s.length() > max) {
            b.append("… (").append(s.length() - max).append(" more)");
        }
        return b.toString();
    }
}
