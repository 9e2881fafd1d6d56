package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading key strokes, and the footer that lists keys. */
final class Keys {
    private Keys() {}

    /** The character typed, when the key is a plain character (no Ctrl or Alt). */
    static Optional<Character> ch(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) {
            return Optional.of(k.getCharacter());
        }
        return Optional.empty();
    }

    static boolean is(KeyStroke k, char c) {
        return ch(k).map(x -> x == c).orElse(false);
    }

    static boolean is(KeyStroke k, KeyType t) {
        return k.getKeyType() == t;
    }

    /** Ctrl-C (raw mode delivers it as a key), or the end of input. */
    static boolean interrupt(KeyStroke k) {
        return k.getKeyType() == KeyType.EOF
                || k.getKeyType() == KeyType.Character && k.isCtrlDown() && !k.isAltDown()
                && Character.toLowerCase(k.getCharacter()) == 'c';
    }

    /** 1–9 as 0–8. */
    static Optional<Integer> digit(KeyStroke k) {
        return ch(k).filter(c -> c >= '1' && c <= '9').map(c -> c - '1');
    }

    /** Scrolling keys shared by every screen that scrolls. */
    static Optional<Intent> scroll(KeyStroke k) {
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Scroll(-1, 0));
            case ArrowDown -> Optional.of(new Intent.Scroll(1, 0));
            case PageUp -> Optional.of(new Intent.Scroll(0, -1));
            case PageDown -> Optional.of(new Intent.Scroll(0, 1));
            case Home -> Optional.of(new Intent.Scroll(-1_000_000, 0));
            case End -> Optional.of(new Intent.Scroll(1_000_000, 0));
            default -> Optional.empty();
        };
    }

    /**
     * A footer from key/description pairs: {@code footer(width, "Enter", "answer", "?", "help")}.
     * Pairs that do not fit the width are left out, except the last, which is help: help lists them all.
     */
    static Line footer(int width, String... pairs) {
        List<Span> spans = new ArrayList<>();
        int last = pairs.length - 2;
        int room = width - 1 - Wrap.width("  " + pairs[last] + " " + pairs[last + 1]);
        int used = 0;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            String key = (i == 0 ? " " : "  ") + pairs[i];
            String what = " " + pairs[i + 1];
            int w = Wrap.width(key + what);
            if (i < last && used + w > room) {
                continue;
            }
            spans.add(Span.of(key, Style.KEY));
            spans.add(Span.plain(what));
            used += w;
        }
        return Line.of(spans);
    }

    static Line status(String message, boolean problem) {
        if (message.isEmpty()) {
            return Line.EMPTY;
        }
        return problem ? Line.of(Span.of(" ! " + message, Style.PROBLEM)) : Line.of(Span.of(" " + message, Style.DIM));
    }
}
