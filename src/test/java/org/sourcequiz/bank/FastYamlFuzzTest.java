package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcequiz.fuzz.Corpus;
import org.sourcequiz.fuzz.Fuzz;
import org.sourcequiz.fuzz.Mutations;
import org.sourcequiz.fuzz.Shape;

/**
 * {@link FastYaml} against Jackson on mutated question and sources files: whenever the fast path
 * takes an input, Jackson alone must read the same tree (order, text, types, every location) and
 * report nothing. Declining is always allowed. Budget and seed as for every {@link Fuzz} target.
 */
class FastYamlFuzzTest {

    @Test
    void fastTreesAreJacksonTrees() throws IOException {
        List<String> corpus = new ArrayList<>(Corpus.yamlSets());
        corpus.addAll(Corpus.sourcesFiles());
        corpus.addAll(EDGES);
        // Files in the generated bank's style (Jackson's writer), a few questions each.
        for (byte[] set : FastYamlTest.generatedSets(100)) {
            corpus.add(new String(set, StandardCharsets.UTF_8));
        }
        Mutations m = new Mutations(corpus, TOKENS);
        AtomicInteger taken = new AtomicInteger();
        int inputs = Fuzz.inputs();
        Fuzz.run("fast YAML against Jackson", inputs, m::bytes, Shape.BYTES, in -> {
            if (SameTree.fastMatchesJackson(in)) {
                taken.incrementAndGet();
            }
        });
        System.out.printf("fast YAML against Jackson: %,d of %,d inputs took the fast path%n", taken.get(), inputs);
        // Mutations break most files; if next to none were taken, this target would compare nothing.
        assertThat(taken.get()).as("inputs the fast path took").isGreaterThan(inputs / 20);
    }

    /**
     * Documents made from the subset's own grammar, with its corners drawn often (block scalars
     * with blank and deeper lines at the end of the file, escapes, number-like words, comments,
     * CRLF): most of them the fast path takes, so its every branch meets Jackson here.
     */
    @Test
    void fastTreesOfGrammarMadeDocumentsAreJacksonTrees() {
        AtomicInteger taken = new AtomicInteger();
        int inputs = Fuzz.inputs();
        Fuzz.run("fast YAML, grammar-made documents", inputs, r -> new Grammar(r).document(), Shape.BYTES, in -> {
            if (SameTree.fastMatchesJackson(in)) {
                taken.incrementAndGet();
            }
        });
        System.out.printf("fast YAML, grammar-made documents: %,d of %,d took the fast path%n", taken.get(), inputs);
        assertThat(taken.get()).as("inputs the fast path took").isGreaterThan(inputs / 4);
    }

    /** Writes one random YAML document, mostly inside the fast subset and sometimes just outside it. */
    private static final class Grammar {
        private static final List<String> KEYS = List.of("a", "id", "b-c", "_d", "k1", "Key", "true", "null", "x",
                "\"q k\"", "'s k'", "\"\"", "\"a\\tb\"", "\"é\"");
        /** Keys the fast path declines: not ASCII, or not keys. */
        private static final List<String> ODD_KEYS = List.of("é", "😀", "a b", "a.b", "1", "-a", "? a", "&a a", "!t a");
        private static final List<String> PLAINS = List.of("word", "two words", "a#b", "a:b", "x  y", "1", "-1", "+1",
                "0", "012", "1.5", "-1.5", ".5", "1e3", "1_000", "0x1F", "0b11", "1:30", ".inf", "-.Inf", ".NaN", "~", "null",
                "Null", "NULL", "nul", "yes", "No", "on", "OFF", "True", "FALSE", "y", "n", "2021-01-01", "2021-1-1",
                "2021-01", "2001-12-14t21:59:43.10-05:00", "22.10.2021", "85%", "28 steps", "000_a8e0.txt", "😀 text",
                "ünï", "it's", "say \"hi\"", "back\\slash", "<<", "=", "a,b", "[x]", "{y}", "9".repeat(30), "1." + "5".repeat(120));
        /** Plain scalars outside the subset, or not plain scalars at all. */
        private static final List<String> ODD_PLAINS = List.of("a: b", "b:", "-", "- x", "?x", ":x", "%x", "@x", "`x",
                "!x", "&x", "*x", "|x", ">x", "#x", "x\ty");
        private static final List<String> ESCAPES = List.of("\\\"", "\\\\", "\\n", "\\t", "\\0", "\\e", "\\x41",
                "\\u00e9", "\\U0001F600", "\\N", "\\_", "\\ ", "\\L", "#", " #", ": ", "'");
        private static final List<String> ODD_ESCAPES = List.of("\\uD800", "\\/", "\\q", "\\x4", "\\U00110000", "\\\u0663");

        private final Random r;
        private final StringBuilder b = new StringBuilder();

        Grammar(Random r) {
            this.r = r;
        }

        byte[] document() {
            if (r.nextInt(8) == 0) {
                b.append("# a comment\n");
            }
            if (r.nextInt(3) == 0) {
                sequence(0, 0);
            } else {
                mapping(0, 0, false);
            }
            String text = b.toString();
            if (r.nextInt(6) == 0) {
                text = text.stripTrailing(); // no line break at the end of the file
            }
            if (r.nextInt(8) == 0) {
                text = text.replace("\n", "\r\n");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** Keys at column {@code indent}; the first one already placed when {@code inline}. */
        private void mapping(int indent, int depth, boolean inline) {
            int n = 1 + r.nextInt(4);
            List<String> used = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i > 0 || !inline) {
                    between();
                    b.append(" ".repeat(indent));
                }
                String key = odd() ? pick(ODD_KEYS) : pick(KEYS);
                if (used.contains(key) && r.nextInt(10) != 0) {
                    key = "k" + i + "x";
                }
                used.add(key);
                b.append(key).append(':');
                value(indent, depth, true);
            }
        }

        private void sequence(int indent, int depth) {
            int n = 1 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                between();
                b.append(" ".repeat(indent)).append('-');
                if (r.nextInt(3) == 0 && depth < 5) {
                    int pad = 1 + r.nextInt(3);
                    b.append(" ".repeat(pad));
                    mapping(indent + 1 + pad, depth + 1, true); // `- key: value`
                } else {
                    value(indent, depth, false);
                }
            }
        }

        /** After a key's colon or an item's dash, in a collection at column {@code indent}. */
        private void value(int indent, int depth, boolean afterKey) {
            int kind = r.nextInt(depth < 5 ? 12 : 8);
            switch (kind) {
                case 0, 1, 2 -> b.append(' ').append(plain()).append(tail());
                case 3 -> b.append(' ').append(doubleQuoted()).append(tail());
                case 4 -> b.append(' ').append('\'').append(plain().replace("'", "''")).append('\'').append(tail());
                case 5 -> blockScalar(indent);
                case 6 -> b.append(' ').append(flow()).append(tail());
                case 7 -> b.append(r.nextBoolean() ? "" : "  ").append(tail()).append('\n');
                case 8, 9 -> {
                    b.append(tail()).append('\n');
                    mapping(indent + 1 + r.nextInt(4), depth + 1, false);
                }
                default -> {
                    b.append(tail()).append('\n');
                    sequence(afterKey && r.nextBoolean() ? indent : indent + 1 + r.nextInt(3), depth + 1);
                }
            }
            if (kind < 5 || kind == 6) {
                b.append('\n');
            }
        }

        private String doubleQuoted() {
            StringBuilder q = new StringBuilder("\"");
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                q.append(r.nextBoolean() ? plain().replace("\\", "\\\\").replace("\"", "\\\"") : odd() ? pick(ODD_ESCAPES) : pick(ESCAPES));
            }
            return q.append('"').toString();
        }

        private String flow() {
            int n = r.nextInt(4);
            boolean map = r.nextInt(3) == 0;
            StringBuilder f = new StringBuilder(map ? "{" : "[");
            for (int i = 0; i < n; i++) {
                f.append(i > 0 ? (r.nextBoolean() ? ", " : ",") : r.nextBoolean() ? "" : " ");
                if (map) {
                    f.append(odd() ? pick(ODD_KEYS) : pick(KEYS)).append(": ");
                }
                f.append(r.nextInt(3) == 0 ? doubleQuoted() : plain());
            }
            return f.append(r.nextBoolean() ? "" : " ").append(map ? "}" : "]").toString();
        }

        /** A block scalar whose text lines stand deeper than {@code indent}, with blank and deeper lines. */
        private void blockScalar(int indent) {
            b.append(' ').append(r.nextBoolean() ? '|' : '>').append(odd() ? pick(List.of("2", "-1", "+-")) : pick(List.of("", "-", "+")));
            b.append(r.nextInt(5) == 0 ? " # c" : "").append('\n');
            int at = indent + 1 + r.nextInt(3);
            int lines = 1 + r.nextInt(5);
            for (int i = 0; i < lines; i++) {
                switch (r.nextInt(7)) {
                    case 0 -> b.append('\n');
                    case 1 -> b.append(" ".repeat(r.nextInt(at + 3))).append('\n');
                    case 2 -> b.append(" ".repeat(at + 1 + r.nextInt(3))).append(plain()).append('\n');
                    case 3 -> b.append(" ".repeat(at)).append("# not a comment\n");
                    default -> b.append(" ".repeat(at)).append(plain()).append(r.nextBoolean() ? "" : "  ").append('\n');
                }
            }
        }

        /** Blank and comment lines between entries, now and then. */
        private void between() {
            if (r.nextInt(6) == 0) {
                b.append(pick(List.of("\n", "  \n", "# c\n", "   # c\n", "#\n")));
            }
        }

        private String tail() {
            return r.nextInt(6) == 0 ? pick(List.of(" # c", "  #c", "#c", " ")) : odd() ? "\t" : "";
        }

        private String plain() {
            return odd() ? pick(ODD_PLAINS) : pick(PLAINS);
        }

        /** Now and then, something outside the subset, which the fast path must decline. */
        private boolean odd() {
            return r.nextInt(40) == 0;
        }

        private <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }
    }

    /** Small documents in every form the fast reader takes, for mutations to bend. */
    private static final List<String> EDGES = List.of(
            "a: |\n  one\n  two\nb: |-\n  x\n\n  y\n\nc: |+\n  kept\n\n\nd: >\n  f\n  g\n\n  h\n   i\n  j\ne: >-\n  x\n",
            "- a\n- b: 1\n  c: 2\n-   d: 3\n-\n  - nested\n- \n",
            "a:\n- x\n- y\nb:\n  - x\n  -   y\nc: {l: x, r: \"y\"}\nd: [x, 'y', 3, ~, true]\n",
            "a: \"x \\\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600\"\nb: 'it''s'\nc: a#b # c\nd: 1.5\ne: -2\n",
            "a: 1\r\nb: \"x\"\r\nc: |\r\n  l1\r\n\r\n  l2\r\nd:\r\n  - e\r\n",
            "a: ünïcödé ✓ 😀\nb: [😀, x]\n😀: {k: 😀}\n");

    /** The file tokens, and the line ends, indentation and scalar forms the fast reader tells apart. */
    private static final List<String> TOKENS;

    static {
        List<String> t = new ArrayList<>(Mutations.FILE_TOKENS);
        t.addAll(List.of("|+\n", ">+\n", "|2\n", " #", "#", "\\\"", "''", "\\x41", "\\U0001F600", "\\/", "\\N",
                "😀", "\r\n", "\n\n", "\n  \n", "  \n", " ", "- ", ": ", "a: ", "- a: ", "\n- ", "\n  ", "\n      ",
                "{l: x}", "[x, y]", "~", ".5", "+1", "-1", "0x1", "1_0", "yes", "On", "NULL", "2021-01-01"));
        TOKENS = List.copyOf(t);
    }
}
