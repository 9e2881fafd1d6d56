package org.sourcequiz.interop;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Ids for imported sets and questions: lowercase ASCII words joined by dashes, unique per import. */
final class Slug {
    /** The question file format's id rule. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX = 48;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private final Map<String, Integer> used = new HashMap<>();

    /** "Zapad-2021: the dates?" → "zapad-2021-the-dates"; "" when nothing is left. */
    static String of(String text) {
        String s = ascii(text) ? words(text)
                : NOT_WORD.matcher(MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT)).replaceAll("-");
        s = trimDashes(s);
        if (s.length() > MAX) {
            int cut = s.lastIndexOf('-', MAX);
            s = trimDashes(s.substring(0, cut > MAX / 2 ? cut : MAX));
        }
        return s;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * An ASCII text lowercased, each run of other characters one dash: what NFD, dropping marks
     * and NOT_WORD make of it (ASCII has no marks to drop), without them; every imported question
     * named by its title has its id made here.
     */
    private static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
                dash = false;
            } else if (!dash) {
                b.append('-');
                dash = true;
            }
        }
        return b.toString();
    }

    private static String trimDashes(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '-') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '-') {
            b--;
        }
        return s.substring(a, b);
    }

    /** {@code wanted}, or {@code wanted-2}, {@code wanted-3}... when it is taken. */
    String unique(String wanted) {
        String key = wanted.toLowerCase(Locale.ROOT);
        Integer n = used.get(key);
        if (n == null) {
            used.put(key, 1);
            return wanted;
        }
        String candidate;
        do {
            n++;
            candidate = wanted + "-" + n;
        } while (used.containsKey(candidate.toLowerCase(Locale.ROOT)));
        used.put(key, n);
        used.put(candidate.toLowerCase(Locale.ROOT), 1);
        return candidate;
    }
}
