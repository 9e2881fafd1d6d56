package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.model.Kind;

/**
 * Where the student is on Home and what they have chosen.
 *
 * @param cursor the row under the cursor
 * @param chosen the set row (0 = all sets) a quiz will use
 * @param count  questions to ask; 0 = all that match
 * @param tag    empty = any tag
 * @param kind   empty = any kind
 */
record HomeState(int cursor, int chosen, Mode mode, int count, Optional<String> tag, Optional<Kind> kind,
                 String message, int scroll) {
    static final HomeState START = new HomeState(0, 0, Mode.PRACTICE, 10, Optional.empty(), Optional.empty(), "", 0);

    HomeState withCursor(int c) {
        return new HomeState(c, chosen, mode, count, tag, kind, "", scroll);
    }

    HomeState withChosen(int c) {
        return new HomeState(cursor, c, mode, count, tag, kind, "", scroll);
    }

    HomeState withMode(Mode m) {
        return new HomeState(cursor, chosen, m, count, tag, kind, "", scroll);
    }

    HomeState withCount(int n) {
        return new HomeState(cursor, chosen, mode, n, tag, kind, "", scroll);
    }

    HomeState withTag(Optional<String> t) {
        return new HomeState(cursor, chosen, mode, count, t, kind, "", scroll);
    }

    HomeState withKind(Optional<Kind> k) {
        return new HomeState(cursor, chosen, mode, count, tag, k, "", scroll);
    }

    HomeState withMessage(String m) {
        return new HomeState(cursor, chosen, mode, count, tag, kind, m, scroll);
    }

    HomeState withScroll(int s) {
        return new HomeState(cursor, chosen, mode, count, tag, kind, message, s);
    }
}
