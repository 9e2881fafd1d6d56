package org.sourcequiz.interop;

import java.util.Locale;
import java.util.Optional;

/** The files instructors bring from Moodle, by the name used on the command line and in reports. */
public enum InteropFormat {
    GIFT("gift"), AIKEN("aiken"), MOODLEXML("moodlexml");

    private final String cliName;

    InteropFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<InteropFormat> named(String name) {
        for (InteropFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format of a file from its content: XML starts with a declaration or {@code <quiz>};
     * Aiken has {@code ANSWER:} lines and no answer blocks; anything else is read as GIFT, the
     * most lenient. The extension decides only between XML and the rest when the content is empty.
     */
    public static InteropFormat detect(String fileName, String content) {
        String head = content.stripLeading();
        if (head.startsWith("<?xml") || head.startsWith("<quiz") || head.startsWith("<!--") && head.contains("<quiz")) {
            return MOODLEXML;
        }
        if (head.isEmpty() && fileName.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return MOODLEXML;
        }
        if (content.indexOf('{') < 0 && AikenReader.looksLikeAiken(content)) {
            return AIKEN;
        }
        return GIFT;
    }
}
