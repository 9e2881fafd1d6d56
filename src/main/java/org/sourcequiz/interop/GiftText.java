package org.sourcequiz.interop;

import java.util.Optional;

/**
 * GIFT's escapes and format prefixes, as Moodle's gift format reads them. Escaped special
 * characters become private-use placeholders before the answer block is taken apart, so that
 * {@code \=} or {@code \~} never splits anything, and go back to their characters at the end.
 */
final class GiftText {
    private static final String SPECIAL = ":#={}~";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final char NEWLINE_PLACEHOLDER = '\uE006';

    private GiftText() {}

    /** {@code \\} is one backslash (that escapes nothing), {@code \n} a line break, {@code \:} etc. a plain character. */
    static String hideEscapes(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = s.charAt(i + 1);
                int special = SPECIAL.indexOf(next);
                if (next == '\\') {
                    b.append('\\');
                    i++;
                    continue;
                } else if (special >= 0) {
                    b.append((char) (FIRST_PLACEHOLDER + special));
                    i++;
                    continue;
                } else if (next == 'n') {
                    b.append(NEWLINE_PLACEHOLDER);
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    static String restore(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isPlaceholder(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == NEWLINE_PLACEHOLDER) {
                b.append('\n');
            } else if (isPlaceholder(c)) {
                b.append(SPECIAL.charAt(c - FIRST_PLACEHOLDER));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isPlaceholder(char c) {
        return c >= FIRST_PLACEHOLDER && c <= NEWLINE_PLACEHOLDER;
    }

    /** Moodle's parse_text_with_format: an optional {@code [html]}-style prefix, then the text, trimmed. */
    static Formatted withFormat(String text, TextFormat fallback) {
        TextFormat format = fallback;
        String body = text;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end > 0) {
                Optional<TextFormat> named = TextFormat.fromGift(text.substring(1, end));
                if (named.isPresent()) {
                    format = named.get();
                    body = text.substring(end + 1);
                }
            }
        }
        return new Formatted(trim(restore(body)), format);
    }

    /** PHP's trim(): space, tab, CR, LF, NUL and vertical tab, not every Unicode space. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPhpSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPhpSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean isPhpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }

    /** GIFT's escape of a plain text for writing: every character GIFT reads specially, and line breaks as {@code \n}. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
