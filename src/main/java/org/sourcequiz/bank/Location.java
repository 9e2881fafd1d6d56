package org.sourcequiz.bank;

/** A 1-based line and column in a question file. */
public record Location(int line, int column) {
    public static final Location START = new Location(1, 1);
}
