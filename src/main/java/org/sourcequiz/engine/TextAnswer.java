package org.sourcequiz.engine;

import java.util.List;

/**
 * Compares a typed text answer with the accepted ones after folding case, diacritics
 * (Krūms = Krums), punctuation and spacing, forgiving small typos.
 */
public final class TextAnswer {
    private TextAnswer() {}

    /** Lower case, no diacritics, punctuation as spaces, single spaces, trimmed. */
    public static String normalise(String text) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** How many typos an answer of this many letters forgives. */
    public static int typosForgiven(int letters) {
        throw new UnsupportedOperationException("engine API draft");
    }

    /** True when {@code given} is one of {@code accepted}, as normalised and with typos forgiven. */
    public static boolean matches(String given, List<String> accepted) {
        throw new UnsupportedOperationException("engine API draft");
    }
}
