package org.sourcequiz.bank;

/**
 * The lowest layer of {@link FastYaml}: the text, where reading stands in it (line, indentation,
 * the column as SnakeYAML counts it), moving over spaces, comments and line breaks, and the one
 * way to give up. The scalars ({@link YamlScalars}) and the structure ({@link FastYaml}) are
 * read on top of it; one reader object spans the three, so the hot loops touch plain fields.
 */
abstract class YamlCursor {
    static final char EOF = '\0';

    /** "Not mine": thrown inside the reader only, caught in {@link FastYaml#read}; no stack trace to fill. */
    static final class Decline extends RuntimeException {
        Decline() {
            super("not in the fast subset", null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    final char[] s;
    final int end;
    /** The next character to read. */
    int pos;
    /** Line number (from 1) of the line {@code pos} is on, and the index where that line starts. */
    int line = 1;
    int lineStart;
    /** After {@link #contentLine}: the indentation of the line {@code pos} stands on, or -1 at the end. */
    int indent;
    /** A column already counted on the current line, so locations along one line cost no rescans. */
    int countedPos;
    int countedColumn = 1;

    YamlCursor(char[] s, int end) {
        this.s = s;
        this.end = end;
    }

    /**
     * Ends the line a value stood on: spaces, then the line's end or a comment after a space.
     * Moves on to the next content line.
     */
    final void endLine() {
        skipSpaces();
        if (at(pos) == '#') {
            if (pos == 0 || s[pos - 1] != ' ') {
                decline(); // `"a"#b`: a comment needs a space before it
            }
            skipToLineEnd();
        }
        if (!endsLine(at(pos))) {
            decline();
        }
        nextLine();
    }

    /** From the end of a line, past blank and comment lines, to the next content line (see {@link #contentLine}). */
    final void nextLine() {
        if (at(pos) == EOF) {
            indent = -1;
            return;
        }
        newline();
        contentLine();
    }

    /**
     * From the start of a line, past blank and comment lines, to the first character of the next
     * line with content; sets {@link #indent} to its indentation, or to -1 at the end of the file.
     */
    final void contentLine() {
        while (true) {
            int spaces = spacesAt(pos);
            char c = at(pos + spaces);
            if (c == '\t') {
                decline(); // tabs are not indentation in YAML; SnakeYAML has its own rules for them
            }
            pos += spaces;
            if (c == '#' || endsLine(c)) {
                skipToLineEnd();
                if (at(pos) == EOF) {
                    indent = -1;
                    return;
                }
                newline();
                continue;
            }
            indent = spaces;
            return;
        }
    }

    /** Passes the line break at {@code pos} ("\n" or "\r\n"). */
    final void newline() {
        if (at(pos) == '\r') {
            pos++;
        }
        if (at(pos) != '\n') {
            decline();
        }
        pos++;
        line++;
        lineStart = pos;
        countedPos = pos;
        countedColumn = 1;
    }

    final void skipToLineEnd() {
        final char[] s = this.s;
        int i = pos;
        while (i < end && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        pos = i;
    }

    final void skipSpaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    final int spacesAt(int from) {
        int i = from;
        while (at(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /** The 0-based column of {@code pos} on a line whose start is all spaces, dashes and ASCII. */
    final int column0() {
        return here().column() - 1;
    }

    /** Where {@code pos} is, as SnakeYAML marks it: columns count code points. */
    final Location here() {
        if (countedPos > pos || countedPos < lineStart) {
            countedPos = lineStart;
            countedColumn = 1;
        }
        for (; countedPos < pos; countedPos++) {
            if (!Character.isLowSurrogate(s[countedPos])) {
                countedColumn++;
            }
        }
        return new Location(line, countedColumn);
    }

    final char at(int i) {
        return i < end ? s[i] : EOF;
    }

    static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == EOF;
    }

    static boolean blank(char c) {
        return c == ' ' || endsLine(c);
    }

    static boolean isKeyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isKeyPart(char c) {
        return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    static void decline() {
        throw DECLINE;
    }
}
