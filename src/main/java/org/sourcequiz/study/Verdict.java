package org.sourcequiz.study;

import java.util.Locale;

/** The outcome of one graded answer, as history keeps it. */
public enum Verdict {
    RIGHT, PARTIAL, WRONG, SKIPPED;

    /** The lower-case name used in the database and in exports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
