package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.sourcequiz.engine.Presented;

/** The keys a student presses to give an answer, worked out from what the screen shows. */
final class Answers {
    private Answers() {}

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    /** choice: the number of the shown option with this text. */
    static char option(Presented p, String text) {
        int i = p.options().indexOf(text);
        if (i < 0) {
            throw new IllegalArgumentException(text + " is not an option of " + p.id());
        }
        return (char) ('1' + i);
    }

    /** order: picks items up and moves them until the shown order is {@code wanted}, then sends it. */
    static void order(Harness h, List<String> wanted) {
        Presented p = h.session().current();
        java.util.List<String> now = new java.util.ArrayList<>(p.options());
        int cursor = 0;
        for (int t = 0; t < wanted.size(); t++) {
            int j = now.indexOf(wanted.get(t));
            for (; cursor < j; cursor++) {
                h.press(KeyType.ArrowDown);
            }
            for (; cursor > j; cursor--) {
                h.press(KeyType.ArrowUp);
            }
            h.press(key(' '));
            for (; cursor > t; cursor--) {
                h.press(KeyType.ArrowUp);
                now.add(cursor - 1, now.remove(cursor));
            }
            h.press(key(' '));
        }
        for (; cursor < wanted.size(); cursor++) {
            h.press(KeyType.ArrowDown);
        }
        h.enter();
    }

    /** match: for each left item, its number and the letter of the value given. */
    static void match(Harness h, java.util.Map<String, String> pairs) {
        Presented p = h.session().current();
        pairs.forEach((left, right) -> {
            h.type(Integer.toString(p.options().indexOf(left) + 1));
            h.type(String.valueOf((char) ('a' + p.rights().indexOf(right))));
        });
        h.enter();
    }
}
