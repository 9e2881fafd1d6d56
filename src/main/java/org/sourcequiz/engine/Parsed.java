package org.sourcequiz.engine;

import java.util.Objects;

/** A typed answer read into a value, or the one-line reason it could not be read. */
public record Parsed<T>(T value, String problem) {
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), "");
    }

    public static <T> Parsed<T> rejected(String problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isOk() {
        return value != null;
    }
}
