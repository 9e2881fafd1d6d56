package org.sourcequiz.model;

import java.util.Locale;
import java.util.Optional;

/** The question kinds, by the name used in question files. */
public enum Kind {
    CHOICE, MULTI, TRUEFALSE, NUMBER, DATE, TEXT, ORDER, MATCH;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromFileName(String name) {
        for (Kind k : values()) {
            if (k.fileName().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
