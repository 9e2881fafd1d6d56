package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.model.Kind;

/**
 * Home as a list of rows (sets, extra entries, settings, start) and how intents change its state.
 * Pure: the controller acts on what {@link #chosen} says Enter should do.
 */
final class HomeFlow {
    static final int[] COUNTS = {5, 10, 20, 50, 0};

    private final HomeCatalog catalog;
    private final List<HomeEntry> extras;

    HomeFlow(HomeCatalog catalog, List<HomeEntry> extras) {
        this.catalog = catalog;
        this.extras = List.copyOf(extras);
    }

    HomeCatalog catalog() {
        return catalog;
    }

    private int firstSetting() {
        return catalog.setRows() + extras.size();
    }

    private int startRow() {
        return firstSetting() + HomeSetting.values().length;
    }

    Optional<HomeSetting> settingAt(int row) {
        int i = row - firstSetting();
        return i >= 0 && i < HomeSetting.values().length ? Optional.of(HomeSetting.values()[i]) : Optional.empty();
    }

    Optional<HomeEntry> entryAt(int row) {
        int i = row - catalog.setRows();
        return i >= 0 && i < extras.size() ? Optional.of(extras.get(i)) : Optional.empty();
    }

    HomeState apply(HomeState s, Intent i) {
        if (i instanceof Intent.Move m) {
            int c = Math.floorMod(s.cursor() + m.delta(), startRow() + 1);
            HomeState n = s.withCursor(c);
            return c < catalog.setRows() ? fitFilters(n.withChosen(c)) : n;
        } else if (i instanceof Intent.NextGroup) {
            return s.cursor() < firstSetting() ? s.withCursor(firstSetting()) : s.withCursor(s.chosen());
        } else if (i instanceof Intent.Change c) {
            return settingAt(s.cursor()).map(set -> change(s, set, c.delta())).orElse(s);
        } else if (i instanceof Intent.Cycle c) {
            return change(s, c.setting(), 1);
        } else if (i instanceof Intent.Scroll sc) {
            return s.withScroll(s.scroll() + sc.lines());
        }
        return s;
    }

    /** A new set may lack the tag or kind chosen for the last one: then any. */
    private HomeState fitFilters(HomeState s) {
        HomeState n = s;
        if (s.tag().isPresent() && !catalog.tags(s.chosen()).contains(s.tag().get())) {
            n = n.withTag(Optional.empty());
        }
        if (s.kind().isPresent() && !catalog.kinds(s.chosen()).contains(s.kind().get())) {
            n = n.withKind(Optional.empty());
        }
        return n;
    }

    private HomeState change(HomeState s, HomeSetting setting, int delta) {
        return switch (setting) {
            case MODE -> s.withMode(Mode.values()[Math.floorMod(s.mode().ordinal() + delta, Mode.values().length)]);
            case COUNT -> s.withCount(COUNTS[Math.floorMod(indexOf(s.count()) + delta, COUNTS.length)]);
            case TAG -> s.withTag(step(catalog.tags(s.chosen()), s.tag(), delta));
            case KIND -> s.withKind(step(catalog.kinds(s.chosen()), s.kind(), delta));
        };
    }

    private static int indexOf(int count) {
        for (int i = 0; i < COUNTS.length; i++) {
            if (COUNTS[i] == count) {
                return i;
            }
        }
        return 0;
    }

    /** The next value of an optional filter: any, then each value, then any again. */
    private static <T> Optional<T> step(List<T> values, Optional<T> current, int delta) {
        int at = current.map(values::indexOf).orElse(-1) + 1;
        int next = Math.floorMod(at + delta, values.size() + 1);
        return next == 0 ? Optional.empty() : Optional.of(values.get(next - 1));
    }

    /** True when a row's detail may still change, so Home is redrawn as time passes. */
    boolean live() {
        return extras.stream().anyMatch(HomeEntry::live);
    }

    HomeView view(HomeState s) {
        List<HomeView.Row> rows = new ArrayList<>();
        for (int r = 0; r < catalog.setRows(); r++) {
            rows.add(new HomeView.Row(HomeView.RowKind.SET, catalog.title(r), Integer.toString(catalog.questions(r))));
        }
        extras.forEach(e -> rows.add(new HomeView.Row(HomeView.RowKind.ENTRY, e.label(), e.detailNow())));
        rows.add(new HomeView.Row(HomeView.RowKind.SETTING, "Mode", modeText(s.mode())));
        rows.add(new HomeView.Row(HomeView.RowKind.SETTING, "Questions", s.count() == 0 ? "all" : Integer.toString(s.count())));
        rows.add(new HomeView.Row(HomeView.RowKind.SETTING, "Tag", s.tag().orElse("any")));
        rows.add(new HomeView.Row(HomeView.RowKind.SETTING, "Kind", s.kind().map(Kind::fileName).orElse("any")));
        int matching = catalog.matching(s);
        int asked = s.count() == 0 ? matching : Math.min(s.count(), matching);
        rows.add(new HomeView.Row(HomeView.RowKind.START, "▶ Start", asked + " of " + matching + " questions from "
                + catalog.title(s.chosen())));
        String summary = catalog.sets().size() + " sets · " + catalog.questions(0) + " questions · "
                + catalog.sourceCount() + " sources";
        return new HomeView(summary, rows, s.cursor(), s.chosen(), catalog.description(s.chosen()), matching, asked,
                s.message(), s.scroll());
    }

    static String modeText(Mode m) {
        return m.name().toLowerCase(Locale.ROOT) + switch (m) {
            case PRACTICE -> " — the answer and its passage after each question";
            case EXAM -> " — timed, graded at the end";
            case FLASHCARD -> " — think, turn over, rate yourself";
        };
    }
}
