package org.sourcequiz.explore;

import java.util.List;

/**
 * A short piece of a hit's text with the words that matched marked: parts in order, each either
 * matched or not. {@code field} names where it comes from (prompt, answer, passage, explain, article).
 */
public record SearchSnippet(String field, List<Part> parts) {
    public SearchSnippet {
        parts = List.copyOf(parts);
    }

    public record Part(String text, boolean match) {}

    /** The text with every match between {@code open} and {@code close}, e.g. ** and **. */
    public String marked(String open, String close) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            b.append(p.match() ? open + p.text() + close : p.text());
        }
        return b.toString();
    }

    public String text() {
        return marked("", "");
    }
}
