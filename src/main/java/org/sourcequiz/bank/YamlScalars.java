package org.sourcequiz.bank;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The middle layer of {@link FastYaml}: keys and scalars (plain, quoted, literal and folded), each
 * read as SnakeYAML reads it, or declined. The structure they stand in is {@link FastYaml}'s.
 */
abstract class YamlScalars extends YamlCursor {
    /**
     * Jackson resolves plain scalars with SnakeYAML's YAML 1.1 resolver; what {@link #plain} does
     * not settle itself it asks the same resolver the same way. Built on first use: its regular
     * expressions cost a start ten milliseconds, and a bank's values rarely need it.
     */
    private static final class Resolvers {
        static final Resolver RESOLVER = new Resolver();
    }

    /** Keys are short words; SnakeYAML gives up on a simple key of over 1024 characters. */
    private static final int MAX_KEY = 128;

    YamlScalars(char[] s, int end) {
        super(s, end);
    }

    /**
     * A key and its colon: a plain key of letters, digits, {@code _} and {@code -} starting with a
     * letter or {@code _}, or a quoted key; null (with {@code pos} unchanged) when none stands here.
     * Leaves {@code pos} just past the colon.
     */
    final String key() {
        int start = pos;
        String key;
        char c = at(pos);
        if (c == '"' || c == '\'') {
            key = quoted();
        } else if (isKeyStart(c)) {
            while (isKeyPart(at(pos))) {
                pos++;
            }
            key = new String(s, start, pos - start);
        } else {
            return null;
        }
        if (at(pos) != ':' || !blank(at(pos + 1))) {
            pos = start;
            return null;
        }
        if (pos - start > MAX_KEY) {
            decline(); // SnakeYAML stops looking for a key's colon after 1024 characters
        }
        pos++;
        return key;
    }

    final boolean keyAhead() {
        int start = pos;
        boolean found = key() != null;
        pos = start;
        return found;
    }

    /** A plain scalar in block context, on one line: up to the line's end or a comment. */
    final Node plainInBlock() {
        Location at = here();
        int start = pos;
        char first = at(pos);
        if (!plainStart(first, at(pos + 1))) {
            decline();
        }
        // The hottest loop of a load, written for the interpreter and C1 that run a short start:
        // locals, and the common characters (letters, digits past `:`) first.
        final char[] s = this.s;
        final int n = end;
        int i = pos;
        int last = i; // one past the last non-space character
        while (i < n) {
            char c = s[i];
            if (c > ':') {
                last = ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == ' ') {
                if (i + 1 < n && s[i + 1] == '#') {
                    break;
                }
                i++;
                continue;
            }
            if (c == '\t' || (c == ':' && blank(at(i + 1)))) {
                decline(); // tabs trim differently; `: ` inside a value is a syntax error
            }
            last = ++i;
        }
        pos = last;
        return plain(at, new String(s, start, last - start));
    }

    /** A plain scalar inside brackets or braces: up to a comma or the closing bracket. */
    final Node plainInFlow() {
        Location at = here();
        int start = pos;
        if (!plainStart(at(pos), at(pos + 1))) {
            decline();
        }
        int last = pos;
        while (true) {
            char c = at(pos);
            if (c == ',' || c == ']' || c == '}') {
                break;
            }
            if (c == ' ') {
                if (at(pos + 1) == '#') {
                    decline();
                }
            } else if (endsLine(c) || c == '\t' || c == ':' || c == '?' || c == '[' || c == '{' || c == '#') {
                decline(); // these end or change a flow scalar in ways not worth copying
            } else {
                last = pos + 1;
            }
            pos++;
        }
        pos = last;
        return plain(at, new String(s, start, last - start));
    }

    /**
     * What may start a plain scalar: not an indicator, except a minus before a digit (negative
     * numbers). The resolver, not this, tells {@code ~} or {@code .5} from text.
     */
    private static boolean plainStart(char c, char next) {
        if (c == '-') {
            return next >= '0' && next <= '9';
        }
        return !blank(c) && c != '\t' && "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    /**
     * The type Jackson's YAMLParser gives a plain scalar: it asks SnakeYAML's resolver, then
     * takes STR, TIMESTAMP and the rest as text, FLOAT and BOOL (every word the resolver calls
     * a boolean) as they are, and decodes INT itself, which may fail: only plain decimal integers
     * are taken here. The commonest forms are settled without the resolver's regular expressions
     * (a tenth of a load when asked for every value), exactly as those would settle them.
     */
    private Node plain(Location at, String text) {
        Node.ScalarType type = YamlScalarTypes.commonType(text);
        if (type == null) {
            Tag tag = Resolvers.RESOLVER.resolve(NodeId.scalar, text, true);
            if (tag == Tag.STR || tag == Tag.TIMESTAMP) {
                type = Node.ScalarType.STRING;
            } else if (tag == Tag.INT && YamlScalarTypes.simpleInteger(text)) {
                type = Node.ScalarType.NUMBER;
            } else if (tag == Tag.FLOAT) {
                type = Node.ScalarType.NUMBER;
            } else if (tag == Tag.BOOL) {
                type = Node.ScalarType.BOOLEAN;
            } else if (tag == Tag.NULL) {
                type = Node.ScalarType.NULL;
            } else {
                decline();
            }
        }
        return new Node.ScalarNode(at, type == Node.ScalarType.NULL ? "" : text, type);
    }

    /** A quoted scalar on one line, {@code pos} on its opening quote; leaves {@code pos} past the closing one. */
    final String quoted() {
        char quote = s[pos++];
        StringBuilder b = null;
        int start = pos;
        final char[] s = this.s;
        final int n = end;
        while (true) {
            int i = pos;
            while (i < n) {
                char c = s[i];
                if (c == quote || c == '\\' || c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            pos = i;
            char c = at(pos);
            if (endsLine(c)) {
                decline(); // a quoted scalar folded over lines, or an unclosed quote
            }
            if (c == quote) {
                if (quote == '\'' && at(pos + 1) == '\'') {
                    b = flush(b, start, pos + 1); // '' is one quote
                    pos += 2;
                    start = pos;
                    continue;
                }
                String text = b == null ? new String(s, start, pos - start) : flush(b, start, pos).toString();
                pos++;
                return text;
            }
            if (c == '\\' && quote == '"') {
                b = flush(b, start, pos);
                pos++;
                escape(b);
                start = pos;
                continue;
            }
            pos++;
        }
    }

    private StringBuilder flush(StringBuilder b, int from, int to) {
        if (b == null) {
            b = new StringBuilder(to - from + 16);
        }
        return b.append(s, from, to - from);
    }

    /** One escape of a double-quoted scalar, {@code pos} after its backslash: the ones SnakeYAML knows. */
    private void escape(StringBuilder b) {
        char e = at(pos++);
        switch (e) {
            case '0' -> b.append('\0');
            case 'a' -> b.append('\u0007');
            case 'b' -> b.append('\b');
            case 't', '\t' -> b.append('\t');
            case 'n' -> b.append('\n');
            case 'v' -> b.append('\u000B');
            case 'f' -> b.append('\f');
            case 'r' -> b.append('\r');
            case 'e' -> b.append('\u001B');
            case ' ' -> b.append(' ');
            case '"' -> b.append('"');
            case '\\' -> b.append('\\');
            case 'N' -> b.append('\u0085');
            case '_' -> b.append('\u00A0');
            case 'L' -> b.append('\u2028');
            case 'P' -> b.append('\u2029');
            case 'x' -> b.appendCodePoint(hex(2));
            case 'u' -> b.appendCodePoint(hex(4));
            case 'U' -> b.appendCodePoint(hex(8));
            default -> decline(); // `\/`, an escaped line break, an unknown escape
        }
    }

    /** {@code digits} hex digits as a code point; surrogates and values past Unicode are Jackson's to judge. */
    private int hex(int digits) {
        int v = 0;
        for (int i = 0; i < digits; i++) {
            char c = at(pos++);
            // ASCII only: Character.digit would take other scripts' digits, which SnakeYAML refuses.
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                decline();
            }
            v = v * 16 + d;
        }
        if (v < 0 || v > Character.MAX_CODE_POINT || (v >= Character.MIN_SURROGATE && v <= Character.MAX_SURROGATE)) {
            decline();
        }
        return v;
    }

    /**
     * A literal ({@code |}) or folded ({@code >}) block scalar, {@code pos} on its indicator, as
     * SnakeYAML's {@code ScannerImpl.scanBlockScalar} reads it. Its lines must be indented deeper
     * than the collection it stands in ({@code parentCol}); indentation indicators go to Jackson.
     */
    final Node blockScalar(int parentCol) {
        Location at = here();
        boolean folded = s[pos++] == '>';
        char chomp = at(pos);
        if (chomp == '-' || chomp == '+') {
            pos++;
        } else {
            chomp = ' ';
        }
        if (at(pos) != ' ' && !endsLine(at(pos))) {
            decline(); // an indentation indicator, or text after the header
        }
        skipSpaces();
        if (at(pos) == '#') {
            skipToLineEnd();
        }
        if (!endsLine(at(pos))) {
            decline();
        }
        newline();
        // Leading empty lines, then the first line with text sets the indentation.
        int breaks = 0;
        int maxSpaces = 0;
        int contentIndent;
        while (true) {
            int spaces = spacesAt(pos);
            maxSpaces = Math.max(maxSpaces, spaces);
            if (!endsLine(at(pos + spaces)) || at(pos + spaces) == EOF) {
                contentIndent = spaces;
                break;
            }
            pos += spaces;
            newline();
            breaks++;
        }
        if (contentIndent <= parentCol || maxSpaces > contentIndent || at(pos + contentIndent) == EOF) {
            decline(); // an empty block scalar, or blank lines deeper than its text
        }
        StringBuilder b = new StringBuilder();
        String lineBreak = "";
        pos += contentIndent;
        while (true) {
            b.append("\n".repeat(breaks));
            boolean leadingNonSpace = at(pos) != ' ' && at(pos) != '\t';
            int start = pos;
            skipToLineEnd();
            b.append(s, start, pos - start);
            lineBreak = at(pos) == EOF ? "" : "\n";
            if (at(pos) != EOF) {
                newline();
            }
            // The breaks: lines of no more than contentIndent spaces; then past the indentation of the next line.
            breaks = 0;
            while (true) {
                int spaces = Math.min(spacesAt(pos), contentIndent);
                pos += spaces;
                if (at(pos) == EOF || !endsLine(at(pos))) {
                    break;
                }
                newline();
                breaks++;
            }
            if (pos - lineStart == contentIndent && at(pos) != EOF) {
                if (folded && lineBreak.equals("\n") && leadingNonSpace && at(pos) != ' ' && at(pos) != '\t') {
                    if (breaks == 0) {
                        b.append(' ');
                    }
                } else {
                    b.append(lineBreak);
                }
            } else {
                break;
            }
        }
        if (chomp != '-') {
            b.append(lineBreak);
        }
        if (chomp == '+') {
            b.append("\n".repeat(breaks));
        }
        if (at(pos) == EOF) {
            indent = -1;
        } else {
            pos = lineStart; // the line that ended the scalar is read again as structure
            contentLine();
        }
        return new Node.ScalarNode(at, b.toString(), Node.ScalarType.STRING);
    }
}
