package org.sourcequiz.authoring;

import java.util.Locale;

/** The three kinds of fact a bank asks about, as coverage names them. */
public enum FactKind {
    DATE, FIGURE, QUOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
