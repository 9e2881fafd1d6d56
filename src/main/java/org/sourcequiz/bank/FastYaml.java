package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 *
 * <p>It is read in three layers: {@link YamlCursor} (lines, columns, declining), {@link YamlScalars}
 * (keys and scalars, typed by {@link YamlScalarTypes}) and this class (collections and documents).
 */
final class FastYaml extends YamlScalars {
    /**
     * Far inside TreeReader's, SnakeYAML's and Jackson's limits (each counts depth its own way),
     * and far beyond any question file: deeper files go to Jackson, which reports them.
     */
    private static final int MAX_DEPTH = TreeReader.MAX_DEPTH / 2;

    /** Where the items of the root's {@code questions} sequence go, or null to keep them in the tree. */
    private final QuestionItems items;

    private FastYaml(char[] s, int end, QuestionItems items) {
        super(s, end);
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
}
