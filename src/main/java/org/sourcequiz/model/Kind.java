package org.sourcequiz.model;

import java.util.Locale;
import java.util.Optional;

/** The question kinds, by the name used in question files. */
public enum Kind {
    CHOICE, MULTI, TRUEFALSE, NUMBER, DATE, TEXT, ORDER, MATCH, OPEN;

    /** Kept rather than derived on each call: every question read looks its kind up by it. */
    private final String fileName = name().toLowerCase(Locale.ROOT);

    public String fileName() {
        return fileName;
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
