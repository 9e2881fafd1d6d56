package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
