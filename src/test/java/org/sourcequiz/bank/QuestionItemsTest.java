package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Question items handed over while a file is parsed (the loader's way, which keeps a large file's
 * tree from being whole in memory) read to exactly what the whole tree reads to. ParserFuzzTest
 * checks the same on every mutated file; these are the cases named.
 */
class QuestionItemsTest {

    @Test
    void everyBundledFileReadsTheSameStreamedAndTheItemsAreNotKeptInTheTree() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("questions"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("sources.yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            Streamed s = compare(Files.readAllBytes(f), false);
            assertThat(s.items.handedOver()).as("%s handed its items over", f).isTrue();
            assertThat(questionsInTree(s.root)).as("items left in the tree of %s", f).isEmpty();
            assertThat(s.items.count()).isEqualTo(s.set.orElseThrow().ids().size());
        }
    }

    @Test
    void jsonHandsItsItemsOverToo() {
        String json = """
                {"format": 1, "id": "j", "title": "J", "questions": [
                  {"id": "a", "kind": "truefalse", "prompt": "P?", "source": "s", "passage": "x", "explain": "e", "answer": true},
                  {"id": "b", "kind": "truefalse", "prompt": "Q?", "source": "s", "passage": "y", "explain": "e", "answer": false}
                ]}
                """;
        Streamed s = compare(json.getBytes(StandardCharsets.UTF_8), true);
        assertThat(s.items.count()).isEqualTo(2);
        assertThat(questionsInTree(s.root)).isEmpty();
        assertThat(s.set.orElseThrow().set().questions()).hasSize(2);
    }

    /** FastYaml hands the first items over, then declines at the anchor; Jackson reads the file again from the start. */
    @Test
    void aDeclineAfterItemsWereHandedOverReadsEachItemOnce() {
        String yaml = """
                format: 1
                id: d
                title: D
                questions:
                  - id: a
                    kind: truefalse
                    prompt: P?
                    source: s
                    passage: x
                    explain: e
                    answer: true
                  - id: b
                    kind: truefalse
                    prompt: &p Q?
                    source: s
                    passage: y
                    explain: e
                    answer: false
                """;
        Streamed s = compare(yaml.getBytes(StandardCharsets.UTF_8), false);
        assertThat(s.set.orElseThrow().ids()).extracting(SetReader.IdAt::id).containsExactly("a", "b");
    }

    /** Only the root's own `questions` is handed over: not a second one, and not one inside a question. */
    @Test
    void aRepeatedOrNestedQuestionsKeyIsLeftToTheTree() {
        String json = """
                {"format": 1, "id": "j", "title": "J",
                 "questions": [{"id": "a", "kind": "truefalse", "prompt": "P?", "source": "s", "passage": "x",
                                "explain": "e", "answer": true, "questions": [1, 2]}],
                 "questions": [{"id": "b"}]}
                """;
        Streamed s = compare(json.getBytes(StandardCharsets.UTF_8), true);
        assertThat(s.items.count()).isEqualTo(1);
        assertThat(s.problems).anyMatch(p -> p.message().equals("duplicate key `questions`"));
    }

    @Test
    void anUnsupportedFormatReportsNoItemProblemsStreamedOrNot() {
        String yaml = """
                format: 2
                id: f
                title: F
                questions:
                  - id: a
                """;
        Streamed s = compare(yaml.getBytes(StandardCharsets.UTF_8), false);
        assertThat(s.problems).extracting(Problem::message).containsExactly("format 2 is not supported");
    }

    @Test
    void aSyntaxErrorAfterTheItemsLeavesNoSet() {
        String yaml = """
                format: 1
                id: f
                title: F
                questions:
                  - id: a
                    kind: truefalse
                    prompt: "P?
                """;
        Streamed s = compare(yaml.getBytes(StandardCharsets.UTF_8), false);
        assertThat(s.set).isEmpty();
        assertThat(s.problems).hasSize(1);
    }

    private record Streamed(Node root, QuestionItems items, Optional<SetReader.Located> set, List<Problem> problems) {}

    /** Reads {@code bytes} both ways, checks they agree, and gives the streamed read. */
    private static Streamed compare(byte[] bytes, boolean json) {
        Problems whole = new Problems("f");
        Optional<SetReader.Located> expected = TreeReader.read(bytes, json, whole).flatMap(r -> SetReader.read(r, "f", whole));

        Problems problems = new Problems("f");
        QuestionItems items = new QuestionItems("f", source -> false);
        Optional<Node> root = TreeReader.read(new ReadBuffers(bytes), json, problems, items);
        Optional<SetReader.Located> set = root.flatMap(r -> SetReader.read(r, "f", problems, items));
        assertThat(problems.list()).isEqualTo(whole.list());
        assertThat(set).isEqualTo(expected);
        return new Streamed(root.orElse(null), items, set, problems.list());
    }

    private static List<Node> questionsInTree(Node root) {
        return ((Node.ListNode) ((Node.MapNode) root).entry("questions").value()).items();
    }
}
