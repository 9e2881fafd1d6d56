package org.sourcequiz.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.sourcequiz.text.EditDistance;
import org.sourcequiz.text.Typography;

/**
 * Compares a typed text answer with the accepted ones after folding case, diacritics
 * (Krūms = Krums), punctuation and spacing, forgiving small typos: none for answers of up to three
 * letters (where one typo is another word: EU, US), one up to eight letters, two for longer ones.
 *
 * <p>A surname alone is right only when an accepted answer is that surname alone; a full name is
 * right when an accepted answer is its surname alone (the student said more than was asked).
 */
public final class TextAnswer {
    private TextAnswer() {}

    /** Lower case, no diacritics, punctuation as spaces (apostrophes dropped), single spaces, trimmed. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(Typography.fold(text), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'') {
                continue;
            }
            switch (c) {
                case 'ł' -> b.append('l');
                case 'ø' -> b.append('o');
                case 'đ' -> b.append('d');
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                default -> b.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        return b.toString().replaceAll(" +", " ").strip();
    }

    /** How many typos an answer of this many letters forgives. */
    public static int typosForgiven(int letters) {
        return letters <= 3 ? 0 : letters <= 8 ? 1 : 2;
    }

    /** True when {@code given} is one of {@code accepted}, as normalised and with typos forgiven. */
    public static boolean matches(String given, List<String> accepted) {
        String g = normalise(given);
        if (g.isEmpty()) {
            return false;
        }
        for (String a : accepted) {
            String n = normalise(a);
            if (close(g, n)) {
                return true;
            }
            if (!n.contains(" ") && g.contains(" ") && close(g.substring(g.lastIndexOf(' ') + 1), n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean close(String given, String accepted) {
        if (accepted.isEmpty()) {
            return false;
        }
        String a = accepted.replace(" ", "");
        int allowed = typosForgiven(a.length());
        return EditDistance.within(given, accepted, allowed)
                || EditDistance.within(given.replace(" ", ""), a, allowed);
    }
}
