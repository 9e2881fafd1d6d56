package org.sourcequiz.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
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
        return matching(given, accepted).isPresent();
    }

    /**
     * The index of the accepted answer {@code given} matches. As in Moodle's short answer, the first
     * that matches wins, and a {@code *} stands for any run of characters (no typos forgiven
     * there); but an answer matched only with typos forgiven gives way to a later one matched
     * exactly, so that a variant spelling listed with its own weight is not taken for a typo of
     * an earlier answer.
     */
    public static OptionalInt matching(String given, List<String> accepted) {
        String g = normalise(given);
        if (g.isEmpty()) {
            return OptionalInt.empty();
        }
        int typo = -1;
        for (int i = 0; i < accepted.size(); i++) {
            String a = accepted.get(i);
            if (a.contains("*")) {
                if (typo < 0 && wildcard(a).matcher(g).matches()) {
                    return OptionalInt.of(i);
                }
                continue;
            }
            String n = normalise(a);
            String surname = !n.contains(" ") && g.contains(" ") ? g.substring(g.lastIndexOf(' ') + 1) : null;
            if (!n.isEmpty() && (g.equals(n) || g.replace(" ", "").equals(n.replace(" ", "")) || n.equals(surname))) {
                return OptionalInt.of(i);
            }
            if (typo < 0 && (close(g, n) || (surname != null && close(surname, n)))) {
                typo = i;
            }
        }
        return typo < 0 ? OptionalInt.empty() : OptionalInt.of(typo);
    }

    /** An accepted answer with {@code *} as a pattern over normalised text: each run of stars is one wildcard. */
    private static Pattern wildcard(String accepted) {
        StringBuilder b = new StringBuilder();
        String[] bits = accepted.split("\\*+", -1);
        for (int i = 0; i < bits.length; i++) {
            if (i > 0) {
                b.append(".*");
            }
            String bit = normalise(bits[i]);
            if (!bit.isEmpty()) {
                b.append(Pattern.quote(bit));
            }
        }
        return Pattern.compile(b.toString());
    }

    /** An accepted answer as the student is shown it: its wildcards gone, as Moodle shows it. */
    public static String shown(String accepted) {
        return accepted.replaceAll("\\s*\\*+\\s*", " ").strip();
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
