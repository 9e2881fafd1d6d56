package org.sourcequiz.engine;

import java.util.Locale;

/** The outcome of one answer. */
public enum Verdict {
    RIGHT, PARTIAL, WRONG, SKIPPED;

    /** The lower-case name used in history files and exports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
