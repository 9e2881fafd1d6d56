package org.sourcequiz.interop;

/** A text as a Moodle file holds it, before it is made plain text for our model. */
public record Formatted(String text, TextFormat format) {
    public static final Formatted EMPTY = new Formatted("", TextFormat.MOODLE);

    public Formatted {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isBlank();
    }
}
