package org.sourcequiz.text;

/**
 * Folds the typographic variants that differ between an article and a hand-typed quote of it:
 * curly quotes and apostrophes, dash variants, non-breaking and other spaces. Nothing else, so a
 * passage that matches after folding is still verbatim.
 */
public final class Typography {
    private Typography() {}

    public static String fold(String s) {
        if (isFolded(s)) {
            return s; // most text, all of it plain ASCII, has nothing to fold: no copy
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = foldChar(s.charAt(i));
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** True when {@link #fold} would return {@code s} unchanged. */
    private static boolean isFolded(String s) {
        boolean space = true; // a space at the start is dropped, so it counts as following one
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = isSpace(c);
            if (foldChar(c) != c || isSpace && (c != ' ' || space)) {
                return false;
            }
            space = isSpace;
        }
        return !space || s.isEmpty();
    }

    /** Printable ASCII is ruled out first: it is nearly all of any text, and the Unicode tables cost. */
    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static char foldChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
