package org.sourcequiz.interop;

import java.util.Locale;
import java.util.Optional;

/** Moodle's text formats: how a question text, an answer or a feedback is written. */
public enum TextFormat {
    /** Moodle's "auto-format": HTML allowed, line breaks kept. GIFT's default. */
    MOODLE,
    HTML,
    PLAIN,
    MARKDOWN;

    /** The name GIFT writes in brackets ({@code [html]}) and Moodle XML in {@code format="..."}. */
    public String moodleName() {
        return this == MOODLE ? "moodle_auto_format" : name().toLowerCase(Locale.ROOT);
    }

    public String giftName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** GIFT's bracket names: moodle, html, plain, markdown. */
    public static Optional<TextFormat> fromGift(String name) {
        return switch (name) {
            case "moodle" -> Optional.of(MOODLE);
            case "html" -> Optional.of(HTML);
            case "plain" -> Optional.of(PLAIN);
            case "markdown" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    /** Moodle XML's format attribute; an unknown or missing one is Moodle's default, auto-format. */
    public static TextFormat fromXml(String name, TextFormat fallback) {
        if (name == null || name.isEmpty()) {
            return fallback;
        }
        return switch (name) {
            case "html" -> HTML;
            case "plain_text" -> PLAIN;
            case "markdown" -> MARKDOWN;
            default -> MOODLE;
        };
    }
}
