package org.sourcequiz.model;

/**
 * When a source was published: an ISO date or part of one ({@code 2021-09-30}, {@code 2022-11}),
 * either as the article states it or estimated from its content, with the reason.
 */
public record Published(String iso, boolean estimated, String reason) {
    public static Published unknown() {
        return new Published("", true, "");
    }

    public boolean isKnown() {
        return !iso.isEmpty();
    }
}
