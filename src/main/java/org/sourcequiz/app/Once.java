package org.sourcequiz.app;

import java.util.function.Supplier;

/** A value made by the first caller that needs it, then kept for every later one. */
public final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    public Once(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
