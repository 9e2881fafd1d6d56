package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain subset of YAML that question files are written in: block mappings
 * and sequences, comments, plain and quoted one-line scalars, folded and literal block scalars,
 * and one-line flow sequences and mappings of scalars. Jackson's YAML parser (SnakeYAML) reads
 * a bank at a third of the speed our own checks and model could take (issue 6); this reader
 * builds the same {@link Node} tree several times faster.
 *
 * <p>It is a shortcut, never an authority: {@link #read} returns null ("not mine") the moment it
 * meets anything outside its subset or anything it is not sure of (anchors, tags, directives,
 * complex keys, tabs in indentation, multi-line plain or quoted scalars, duplicate keys, deep
 * nesting, any syntax error), and {@link TreeReader} then reads the file with Jackson, which
 * keeps every error message and every unusual construct. When it does return a tree, that tree
 * is the one Jackson's path gives with no problems: the same nodes in the same order, the same
 * text and {@link Node.ScalarType}, the same line and column for every node and key (SnakeYAML's
 * start marks, columns counted in code points). {@code FastYamlTest} compares the two on every
 * bundled file, on files written as the benchmarks' generated bank is, and on edge cases;
 * {@code FastYamlFuzzTest} on mutated files and on documents made from the subset's grammar.
 *
 * <p>The input has passed TreeReader's checks (UTF-8, no NUL, no control or bidi characters,
 * not blank). Reads past the end see {@code '\0'}, which no checked file contains, so no index
 * can go out of bounds; a decline is one preallocated exception, caught in {@link #read}.
 */
final class FastYaml {
    /**
     * Jackson resolves plain scalars with SnakeYAML's YAML 1.1 resolver; what {@link #plain} does
     * not settle itself it asks the same resolver the same way. Built on first use: its regular
     * expressions cost a start ten milliseconds, and a bank's values rarely need it.
     */
    private static final class Resolvers {
        static final Resolver RESOLVER = new Resolver();
    }

    /** The whole of SnakeYAML's BOOL pattern, and of its NULL pattern but for the {@code " "} a plain scalar cannot be. */
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");
    /**
     * Far inside TreeReader's, SnakeYAML's and Jackson's limits (each counts depth its own way),
     * and far beyond any question file: deeper files go to Jackson, which reports them.
     */
    private static final int MAX_DEPTH = TreeReader.MAX_DEPTH / 2;
    private static final char EOF = '\0';
    /** Keys are short words; SnakeYAML gives up on a simple key of over 1024 characters. */
    private static final int MAX_KEY = 128;

    /** "Not mine": thrown inside the reader only, caught in {@link #read}; no stack trace to fill. */
    private static final class Decline extends RuntimeException {
        Decline() {
            super("not in the fast subset", null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final char[] s;
    private final int end;
    /** Where the items of the root's {@code questions} sequence go, or null to keep them in the tree. */
    private final QuestionItems items;
    /** The next character to read. */
    private int pos;
    /** Line number (from 1) of the line {@code pos} is on, and the index where that line starts. */
    private int line = 1;
    private int lineStart;
    /** After {@link #contentLine}: the indentation of the line {@code pos} stands on, or -1 at the end. */
    private int indent;
    /** A column already counted on the current line, so locations along one line cost no rescans. */
    private int countedPos;
    private int countedColumn = 1;

    private FastYaml(char[] s, int end, QuestionItems items) {
        this.s = s;
        this.end = end;
        this.items = items;
    }

    /** The tree of {@code s[0, end)}, or null when the file is not plainly inside the subset. */
    static Node read(char[] s, int end) {
        return read(s, end, null);
    }

    /**
     * As {@link #read(char[], int)}, handing the items of the root's {@code questions} sequence to
     * {@code items} (when not null) instead of keeping them. On a decline, {@code items} is reset.
     */
    static Node read(char[] s, int end, QuestionItems items) {
        if (end > s.length || !plainCharacters(s, end)) {
            return null;
        }
        try {
            return new FastYaml(s, end, items).document();
        } catch (Decline d) {
            if (items != null) {
                items.reset();
            }
            return null;
        }
    }

    /**
     * Characters SnakeYAML treats specially wherever they stand (other line breaks, a BOM that
     * it does not count as a column, non-printables it refuses) and a carriage return that does
     * not end a line: a file with any of them goes to Jackson.
     */
    private static boolean plainCharacters(char[] s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s[i];
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            if (c < 0x20) {
                if (c == '\r' ? i + 1 >= end || s[i + 1] != '\n' : c != '\n' && c != '\t') {
                    return false;
                }
            } else if ((c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private Node document() {
        contentLine();
        if (indent < 0) {
            decline(); // comments only: Jackson says what is missing
        }
        Node root = blockNode(0, false);
        if (indent >= 0) {
            decline(); // something left over, less indented than the root or a second document
        }
        return root;
    }

    // ---- block structure ----

    /** A collection starting at {@code pos}, the first character of a line indented by {@link #indent}. */
    private Node blockNode(int depth, boolean handOver) {
        if (at(pos) == '-' && blank(at(pos + 1))) {
            return sequence(indent, depth, handOver);
        }
        return mapping(column0(), depth);
    }

    /** Deeper files go to Jackson, which reports them (see {@link #MAX_DEPTH}). */
    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            decline();
        }
    }

    /** A block sequence whose dashes stand at column {@code col} (0-based). */
    private Node sequence(int col, int depth, boolean handOver) {
        checkDepth(depth);
        Location at = here();
        List<Node> kept = new ArrayList<>();
        while (true) {
            pos++; // the dash
            Node item = value(col, depth + 1, false, false);
            if (handOver) {
                items.handOver(item);
            } else {
                kept.add(item);
            }
            if (indent != col || at(pos) != '-' || !blank(at(pos + 1))) {
                if (indent > col) {
                    decline(); // a continuation line or a stray deeper line
                }
                return new Node.ListNode(at, kept);
            }
        }
    }

    /** A block mapping whose keys stand at column {@code col} (0-based); {@code pos} is on its first key. */
    private Node mapping(int col, int depth) {
        checkDepth(depth);
        Location at = here();
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (true) {
            Location keyAt = here();
            String key = key();
            if (key == null || entries.containsKey(key)) {
                decline(); // not a key: a plain scalar on its own line, or a syntax error; or a duplicate
            }
            boolean handOver = depth == 0 && items != null && key.equals(QuestionItems.KEY);
            entries.put(key, new Node.Entry(key, keyAt, value(col, depth + 1, true, handOver)));
            if (indent != col) {
                if (indent > col) {
                    decline();
                }
                return new Node.MapNode(at, entries);
            }
        }
    }

    /**
     * The value after a key's colon or an item's dash ({@code pos} just past it), in a collection
     * at column {@code parentCol}. Leaves {@code pos} on the next content line. {@code handOver}:
     * when the value is a block sequence, its items go to {@link #items}.
     */
    private Node value(int parentCol, int depth, boolean afterKey, boolean handOver) {
        // SnakeYAML puts an empty value right after its indicator.
        Location emptyAt = here();
        skipSpaces();
        char c = at(pos);
        if (endsLine(c) || c == '#') {
            endLine();
            // Deeper: a collection; as deep, after a key: a sequence not indented under its key.
            if (indent > parentCol || afterKey && indent == parentCol && at(pos) == '-' && blank(at(pos + 1))) {
                return blockNode(depth, handOver);
            }
            return new Node.ScalarNode(emptyAt, "", Node.ScalarType.STRING);
        }
        if (!afterKey && keyAhead()) {
            return mapping(column0(), depth); // `- key: value`, a mapping inside the item
        }
        Node node;
        switch (c) {
            case '|', '>' -> {
                return blockScalar(parentCol);
            }
            case '[' -> node = flowSequence(depth);
            case '{' -> node = flowMapping(depth);
            case '"', '\'' -> {
                Location at = here();
                node = new Node.ScalarNode(at, quoted(), Node.ScalarType.STRING);
            }
            default -> node = plainInBlock();
        }
        endLine();
        return node;
    }

    // ---- scalars ----

    /**
     * A key and its colon: a plain key of letters, digits, {@code _} and {@code -} starting with a
     * letter or {@code _}, or a quoted key; null (with {@code pos} unchanged) when none stands here.
     * Leaves {@code pos} just past the colon.
     */
    private String key() {
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

    private boolean keyAhead() {
        int start = pos;
        boolean found = key() != null;
        pos = start;
        return found;
    }

    /** A plain scalar in block context, on one line: up to the line's end or a comment. */
    private Node plainInBlock() {
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
    private Node plainInFlow() {
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
        Node.ScalarType type = commonType(text);
        if (type == null) {
            Tag tag = Resolvers.RESOLVER.resolve(NodeId.scalar, text, true);
            if (tag == Tag.STR || tag == Tag.TIMESTAMP) {
                type = Node.ScalarType.STRING;
            } else if (tag == Tag.INT && simpleInteger(text)) {
                type = Node.ScalarType.NUMBER;
            } else if (tag == Tag.FLOAT) {
                type = Node.ScalarType.NUMBER;
            } else if (tag == Tag.BOOL) {
                type = Node.ScalarType.BOOLEAN;
            } else if (tag == Tag.NULL) {
                type = Node.ScalarType.NULL;
            } else {
                throw DECLINE;
            }
        }
        return new Node.ScalarNode(at, type == Node.ScalarType.NULL ? "" : text, type);
    }

    /**
     * The resolver's answer for the forms a bank is made of, or null to ask it. It looks up its
     * patterns by first character: none starts with a letter but BOOL's and NULL's words, none
     * with any character outside {@code -+.0123456789~<!&*}, and of those starting with a digit,
     * a plain decimal integer is INT, {@code 1.5} is FLOAT, {@code 2021-09-30} is TIMESTAMP,
     * {@code 2021-09} is none, and neither is any value with a character none of them allows
     * or with two dots.
     */
    private static Node.ScalarType commonType(String text) {
        if (text.isEmpty()) {
            return null;
        }
        char c = text.charAt(0);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            if (text.length() > 5) {
                return Node.ScalarType.STRING;
            }
            return BOOLEANS.contains(text) ? Node.ScalarType.BOOLEAN
                    : NULLS.contains(text) ? Node.ScalarType.NULL : Node.ScalarType.STRING;
        }
        if (c >= '0' && c <= '9') {
            if (simpleInteger(text)) {
                return Node.ScalarType.NUMBER;
            }
            if (simpleDecimal(text)) {
                return Node.ScalarType.NUMBER;
            }
            if (isoDate(text) || isoMonth(text)) {
                return Node.ScalarType.STRING;
            }
            if (text.startsWith("0x") || text.startsWith("0b")) {
                return null;
            }
            int dots = 0;
            for (int i = 1; i < text.length(); i++) {
                char d = text.charAt(i);
                if (NUMBER_OR_TIME.indexOf(d) < 0) {
                    return Node.ScalarType.STRING; // `28 steps`, `85%`, `000_a8e0.txt`: no INT, FLOAT or TIMESTAMP has that
                }
                dots += d == '.' ? 1 : 0;
            }
            return dots > 1 ? Node.ScalarType.STRING : null; // `22.10.2021`: each pattern has one dot at most
        }
        return c > 0x7F || "-+.0123456789~<=!&*".indexOf(c) < 0 ? Node.ScalarType.STRING : null;
    }

    /**
     * {@code [0-9]+\.[0-9]+}, not long: FLOAT, and not INT. (The resolver tries FLOAT only on
     * values of up to 1024 characters; a longer one is text.)
     */
    private static boolean simpleDecimal(String t) {
        int dot = t.indexOf('.');
        return t.length() <= 100 && dot >= 1 && dot < t.length() - 1
                && digits(t, 0, dot) && digits(t, dot + 1, t.length());
    }

    /**
     * Every character SnakeYAML's INT, FLOAT and TIMESTAMP patterns allow after a first digit,
     * but for the hex digits and {@code b} of {@code 0x} and {@code 0b} integers.
     */
    private static final String NUMBER_OR_TIME = "0123456789-+_:.eEtTZ \t";

    /** {@code [0-9]{4}-[0-9]{2}}: a month, which no pattern takes: text. */
    private static boolean isoMonth(String t) {
        return t.length() == 7 && t.charAt(4) == '-' && digits(t, 0, 4) && digits(t, 5, 7);
    }

    /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}: TIMESTAMP (neither INT nor FLOAT), which Jackson reads as text. */
    private static boolean isoDate(String t) {
        return t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-'
                && digits(t, 0, 4) && digits(t, 5, 7) && digits(t, 8, 10);
    }

    /** {@code [-+]?(0|[1-9][0-9]*)}, short enough for a long: what Jackson decodes without a doubt. */
    private static boolean simpleInteger(String t) {
        int i = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        int digits = t.length() - i;
        return digits >= 1 && digits <= 18 && !(t.charAt(i) == '0' && digits > 1) && digits(t, i, t.length());
    }

    /** Whether {@code t[from, to)} is all ASCII digits. */
    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A quoted scalar on one line, {@code pos} on its opening quote; leaves {@code pos} past the closing one. */
    private String quoted() {
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
    private Node blockScalar(int parentCol) {
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

    // ---- flow collections, on one line ----

    private Node flowSequence(int depth) {
        checkDepth(depth);
        Location at = here();
        List<Node> list = new ArrayList<>();
        if (flowOpened(']')) {
            do {
                list.add(flowScalar());
            } while (!flowClosed(']'));
        }
        return new Node.ListNode(at, list);
    }

    private Node flowMapping(int depth) {
        checkDepth(depth);
        Location at = here();
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        if (flowOpened('}')) {
            do {
                Location keyAt = here();
                String key = key();
                if (key == null || at(pos) != ' ' || entries.containsKey(key)) {
                    decline();
                }
                skipSpaces();
                entries.put(key, new Node.Entry(key, keyAt, flowScalar()));
            } while (!flowClosed('}'));
        }
        return new Node.MapNode(at, entries);
    }

    /** Past the opening bracket ({@code pos} on it): false when {@code close} follows at once, the collection empty. */
    private boolean flowOpened(char close) {
        pos++;
        skipSpaces();
        if (at(pos) == close) {
            pos++;
            return false;
        }
        return true;
    }

    /** After an item: true past {@code close}; past a comma, false, on the next item; anything else declines. */
    private boolean flowClosed(char close) {
        skipSpaces();
        char c = at(pos++);
        if (c == close) {
            return true;
        }
        if (c != ',') {
            decline();
        }
        skipSpaces();
        return false;
    }

    private Node flowScalar() {
        char c = at(pos);
        if (c == '"' || c == '\'') {
            Location at = here();
            return new Node.ScalarNode(at, quoted(), Node.ScalarType.STRING);
        }
        return plainInFlow();
    }

    // ---- lines, spaces and places ----

    /**
     * Ends the line a value stood on: spaces, then the line's end or a comment after a space.
     * Moves on to the next content line.
     */
    private void endLine() {
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
    private void nextLine() {
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
    private void contentLine() {
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
    private void newline() {
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

    private void skipToLineEnd() {
        final char[] s = this.s;
        int i = pos;
        while (i < end && s[i] != '\n' && s[i] != '\r') {
            i++;
        }
        pos = i;
    }

    private void skipSpaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    private int spacesAt(int from) {
        int i = from;
        while (at(i) == ' ') {
            i++;
        }
        return i - from;
    }

    /** The 0-based column of {@code pos} on a line whose start is all spaces, dashes and ASCII. */
    private int column0() {
        return here().column() - 1;
    }

    /** Where {@code pos} is, as SnakeYAML marks it: columns count code points. */
    private Location here() {
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

    private char at(int i) {
        return i < end ? s[i] : EOF;
    }

    private static boolean endsLine(char c) {
        return c == '\n' || c == '\r' || c == EOF;
    }

    private static boolean blank(char c) {
        return c == ' ' || endsLine(c);
    }

    private static boolean isKeyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    private static void decline() {
        throw DECLINE;
    }
}
