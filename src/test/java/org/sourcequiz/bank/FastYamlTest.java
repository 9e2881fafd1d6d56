package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FastYaml} against Jackson: every file it takes must read to the very tree Jackson's path
 * gives (see {@link SameTree}), and the bundled and generated banks must all go through it, or
 * the speed of issue 6 would be lost without a test failing.
 */
class FastYamlTest {

    @Test
    void everyBundledFileTakesTheFastPathAndReadsAsJacksonReadsIt() throws IOException {
        List<Path> files = yamlFiles(Path.of("questions"));
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(SameTree.fastMatchesJackson(Files.readAllBytes(f))).as("fast path took %s", f).isTrue();
        }
    }

    /** Files as BankGenerator writes them for the benchmarks: Jackson's YAML writer, quotes minimised. */
    @Test
    void generatedFilesTakeTheFastPathAndReadAsJacksonReadThem() throws IOException {
        List<byte[]> files = generatedSets(3);
        for (int i = 0; i < files.size(); i++) {
            assertThat(SameTree.fastMatchesJackson(files.get(i))).as("fast path took generated file %d", i).isTrue();
        }
    }

    /**
     * The bundled questions dealt into {@code files} sets and written as BankGenerator (in the
     * bench sources, not on the test class path) writes a bank: the same writer settings.
     */
    static List<byte[]> generatedSets(int files) throws IOException {
        ObjectMapper read = new ObjectMapper(new YAMLFactory());
        ObjectMapper write = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
        List<JsonNode> questions = new ArrayList<>();
        for (Path f : yamlFiles(Path.of("questions"))) {
            JsonNode set = read.readTree(Files.readAllBytes(f));
            if (set.has("questions")) {
                set.get("questions").forEach(questions::add);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (int file = 0; file < files; file++) {
            ObjectNode set = write.createObjectNode();
            set.put("format", 1);
            set.put("id", "generated-" + file);
            set.put("title", "Generated set " + file);
            set.putArray("tags").add("generated");
            ArrayNode list = set.putArray("questions");
            for (int i = file; i < questions.size(); i += files) {
                list.add(questions.get(i));
            }
            out.add(write.writeValueAsBytes(set));
        }
        return out;
    }

    /** Each of these must be read by the fast path, to the tree Jackson reads. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -2\nc: +3\nd: 0\ne: 1.5\nf: .5\ng: 1e3\nh: .inf\ni: -.Inf\nj: .nan\n",
        "a: true\nb: True\nc: FALSE\nd: yes\ne: No\nf: on\ng: OFF\nh: y\ni: n\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nul\ng: ~x\n",
        "a: 2021-10-22\nb: 2022-11\nc: 1:30\nd: 12:00:00\ne: 1.2.3\nf: 1,000\n",
        "a: \"x \\\" y \\\\ z \\n \\t \\u00e9 \\x41 \\U0001F600 \\0 \\e \\a \\b \\v \\f \\r \\N \\_ \\L \\P \\  \"\n",
        "a: 'it''s ''quoted'' \\n'\nb: ''\nc: \"\"\nd: '#x'\ne: \"a: b # c\"\n",
        "a: a#b\nb: x # comment\nc: x  \nd: \"q\"   # c\ne: a:b\nf: http://x.org/a?b=c#d\n",
        "# head\n\n  # indented comment\na: 1 # tail\n\n# between\nb:\n  # in\n  c: 2\n# end\n",
        "\"quoted key\": 1\n'single': 2\nkey-with-dash: 3\n_under: 4\ntrue: 5\nnull: 6\n",
        "a: |\n  one\n  two\nb: |-\n  one\n\n  two\n\nc: |+\n  kept\n\n\nd: >\n  folded\n  line\n\n  para\n   more\n  end\ne: >-\n  x\n",
        "a: >+\n  keep\n\n",
        "a: |\n  x\n  # not a comment\n    indented\n\n",
        "a: >-\n    deep\n    text\n  # comment after\nb: 1\n",
        "a: |-\n  no newline at end",
        "a: >\n\n  after a blank\n",
        "a: [x, \"y\", 'z', 3, true, ~, two words]\nb: []\nc: {l: x, r: \"y\"}\nd: {}\ne: [ x , y ]\n",
        "q:\n  - {left: Bloomberg, right: Russia's offer – help}\n  - {left: \"A, B\", right: 'C: D'}\n",
        "a:\n- x\n- y\nb:\n  - x\n  -   y\nc: 1\n",
        "- a\n- b: 1\n  c: 2\n-   d: 3\n- \n- # c\n  e: 4\n-\n  - nested\n",
        "a:\n  b:\n    c:\n      - d: [1]\n        e: {f: g}\n",
        "é: no\n",
        "a: ünïcödé ✓ 😀 text\nb: \"😀\"\n😀: x\n",
        "a: 😀 [x]\nb: [😀, 😀x]\nc: {k: 😀}\n",
        "a: 1\r\nb: \"x\"\r\nc: |\r\n  l1\r\n  l2\r\nd:\r\n  - e\r\n",
        "a: x\nb: 'tab\tinside'\nc: \"tab\tinside\"\nd: |\n  \ttab led\n",
        "a: -1\nb: -1.5\nc: 012\nd: 0x1F\ne: 1_000\nf: +\ng: -\n",
        "a: 12345678901234567890\nb: 99999999999999999999999\n",
        "a: <<\nb: =\nc: '!x'\nd: x!\ne: x &a\nf: x *a\n",
        "a: \"a\\\\tb\"\n",
        "a: 28 steps\nb: 85%\nc: 000_a8e0.txt\nd: 22.10.2021\ne: 0x1F\nf: 0b101\ng: 1.2.3\nh: 1:30.5\ni: 12e3\n",
        "a: 2001-12-14t21:59:43.10-05:00\nb: 2001-12-14 21:59:43.10 -5\nc: 1_000.5\nd: 0X1F\ne: 2022-10\nf: 2022-1\n",
        "a: 1.\nb: 1.5e\nc: 10:70\nd: 0_7\ne: 09\nf: 1e\ng: 3 1 2\nh: 1-2\ni: 12:30:00Z\nj: 1.0.\n",
        "a: Yes\nb: yES\nc: n\nd: NuLL\ne: nULL\nf: truex\ng: Tru\nh: off\ni: oN\n",
    })
    void edgeCasesReadAsJacksonReadsThem(String yaml) {
        SameTree.fastMatchesJackson(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** The ones of the above the fast path must take, not merely not get wrong. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\nb: -2\nc: +3\nd: 0\ne: 1.5\n",
        "a: true\nb: ~\nc:\nd: 2021-10-22\n",
        "a: \"x \\\" y \\\\ z \\n \\t \\u00e9\"\nb: 'it''s'\n",
        "a: a#b\nb: x # comment\nc: x  \nd: \"q\"   # c\ne: a:b\n",
        "# head\n\na: 1 # tail\n\nb:\n  # in\n  c: 2\n",
        "a: |\n  one\n  two\nb: |-\n  one\n\n  two\n\nc: |+\n  kept\n\n\nd: >\n  folded\n  line\n\n  para\n   more\n  end\ne: >-\n  x\n",
        "a: |-\n  no newline at end",
        "a: [x, \"y\", 'z', 3]\nb: []\nc: {l: x, r: \"y\"}\n",
        "a:\n- x\n- y\nb:\n  - x\n  -   y\nc: 1\n",
        "- a\n- b: 1\n  c: 2\n-   d: 3\n-\n  - nested\n",
        "a: ünïcödé ✓ 😀 text\nb: \"😀\"\nc: [😀, x]\n",
        "a: 1\r\nb: \"x\"\r\nc: |\r\n  l1\r\n  l2\r\n",
    })
    void theCommonFormsTakeTheFastPath(String yaml) {
        assertThat(SameTree.fastMatchesJackson(yaml.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    /** Outside the subset, or wrong: Jackson reads these, and reports what is wrong. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "%YAML 1.1\n---\na: 1\n", "---\na: 1\n", "a: 1\n...\n",
        "? a\n: 1\n", "a: 1\na: 2\n", "a:\n\tb: 1\n", "a: 1\n b: 2\n", "a: b: c\n", "a: \"x\ny\"\n",
        "a: x\n  y\n", "a: |2\n   x\n", "a: [x,\n  y]\n", "a: [[x]]\n", "a: {b: {c: d}}\n", "a: \"\\/\"\n",
        "a: \"\\q\"\n", "- - a\n", "a\n", "\"x\"\n", "# only a comment\n", "a: 1\r", "a: \"x\"y\n",
        "a: 1_000\n", "a: 0x1F\n", "a: \"\\U0001\u0663F6e\"\n", "a: \"\\u00\uff21\uff21\"\n", "a: '\n", "a: \"\n", "a: |\n", "a: |\nb: 1\n", "[a, b]\n", "{a: 1}\n",
    })
    void declinesWhatIsNotPlainlyInTheSubset(String yaml) {
        assertThat(FastYaml.read(yaml.toCharArray(), yaml.length())).isNull();
    }

    @Test
    void declinesNestingDeeperThanItsLimit() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < TreeReader.MAX_DEPTH; i++) {
            b.append(" ".repeat(i)).append("k:\n");
        }
        b.append(" ".repeat(TreeReader.MAX_DEPTH)).append("k: v\n");
        String yaml = b.toString();
        assertThat(FastYaml.read(yaml.toCharArray(), yaml.length())).isNull();
        assertThat(SameTree.fastMatchesJackson(yaml.getBytes(StandardCharsets.UTF_8))).isFalse();
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
