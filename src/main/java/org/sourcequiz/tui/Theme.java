package org.sourcequiz.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.EnumSet;

/**
 * How each {@link Style} looks. Without colour (NO_COLOR, --no-color) only the terminal's default
 * colours are used and meaning is carried by bold and reverse video, so every screen still reads
 * right; with colour, colour is added on top of the same bold and reverse.
 */
final class Theme {
    private final boolean color;

    private Theme(boolean color) {
        this.color = color;
    }

    static Theme of(boolean color) {
        return new Theme(color);
    }

    void apply(TextGraphics g, Style s) {
        g.setForegroundColor(color ? foreground(s) : TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(color && s == Style.HEADER ? TextColor.ANSI.BLUE : TextColor.ANSI.DEFAULT);
        g.setModifiers(modifiers(s));
    }

    private static TextColor foreground(Style s) {
        return switch (s) {
            case RIGHT, BAR -> TextColor.ANSI.GREEN;
            case WRONG, PROBLEM -> TextColor.ANSI.RED;
            case PARTIAL, HIGHLIGHT -> TextColor.ANSI.YELLOW;
            case HEADER -> TextColor.ANSI.WHITE;
            case KEY, FRAME -> TextColor.ANSI.CYAN;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    private EnumSet<SGR> modifiers(Style s) {
        return switch (s) {
            case BOLD, RIGHT, WRONG, PARTIAL, PROBLEM, KEY -> EnumSet.of(SGR.BOLD);
            case HEADER -> color ? EnumSet.of(SGR.BOLD) : EnumSet.of(SGR.BOLD, SGR.REVERSE);
            case SELECTED -> EnumSet.of(SGR.REVERSE);
            case HIGHLIGHT -> EnumSet.of(SGR.BOLD, SGR.REVERSE);
            default -> EnumSet.noneOf(SGR.class);
        };
    }
}
