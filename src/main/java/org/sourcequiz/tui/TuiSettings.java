package org.sourcequiz.tui;

import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What the text UI needs from its caller.
 *
 * @param color   false for a monochrome UI (NO_COLOR, --no-color)
 * @param starter starts each session (from Home, and "retry the missed ones")
 * @param seeds   the seed of each quiz started from Home
 * @param extras  rows added to Home below the sets (statistics, review)
 */
public record TuiSettings(boolean color, SessionStarter starter, LongSupplier seeds, List<HomeEntry> extras) {
    public TuiSettings {
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(seeds, "seeds");
        extras = List.copyOf(extras);
    }

    public TuiSettings withExtras(List<HomeEntry> more) {
        return new TuiSettings(color, starter, seeds, more);
    }
}
