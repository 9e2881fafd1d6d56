package org.sourcequiz.tui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What the text UI needs from its caller.
 *
 * @param color   false for a monochrome UI (NO_COLOR, --no-color)
 * @param starter starts each session (from Home, and "retry the missed ones")
 * @param seeds   the seed of each quiz started from Home
 * @param extras  rows added to Home below the sets (statistics, review)
 * @param notices warnings to show in a box as they come (say, that history cannot be saved); the
 *                caller cannot print them while the UI owns the terminal
 * @param articles the sources' articles, for the article key after an answer and the sources view
 */
public record TuiSettings(boolean color, SessionStarter starter, LongSupplier seeds, List<HomeEntry> extras,
                          Supplier<Optional<String>> notices, ArticleShelf articles) {
    public TuiSettings {
        Objects.requireNonNull(starter, "starter");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(articles, "articles");
        extras = List.copyOf(extras);
    }

    public TuiSettings(boolean color, SessionStarter starter, LongSupplier seeds, List<HomeEntry> extras,
                       Supplier<Optional<String>> notices) {
        this(color, starter, seeds, extras, notices, ArticleShelf.NONE);
    }

    public TuiSettings withArticles(ArticleShelf shelf) {
        return new TuiSettings(color, starter, seeds, extras, notices, shelf);
    }

    public TuiSettings(boolean color, SessionStarter starter, LongSupplier seeds, List<HomeEntry> extras) {
        this(color, starter, seeds, extras, Optional::empty);
    }

    public TuiSettings withExtras(List<HomeEntry> more) {
        return new TuiSettings(color, starter, seeds, more, notices, articles);
    }
}
