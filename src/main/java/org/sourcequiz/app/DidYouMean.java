package org.sourcequiz.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.sourcequiz.text.EditDistance;

/** The valid name closest to a mistyped one, when one is close enough to be a likely typo. */
public final class DidYouMean {
    private DidYouMean() {}

    public static Optional<String> closest(String given, Collection<String> valid) {
        String g = given.toLowerCase(Locale.ROOT);
        return valid.stream()
                .filter(v -> {
                    String n = v.toLowerCase(Locale.ROOT);
                    return n.startsWith(g) || g.startsWith(n) || EditDistance.between(g, n) <= Math.max(2, n.length() / 3);
                })
                .min(Comparator.comparingInt((String v) -> EditDistance.between(g, v.toLowerCase(Locale.ROOT))).thenComparing(v -> v));
    }
}
