package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcequiz.fuzz.ModelText;
import org.sourcequiz.text.TerminalSafety;

/**
 * The first guard against terminal takeover: a question file holding ESC, another C0 or C1
 * control or a bidi override or isolate, written as it is or as an escape, is refused with a
 * problem that names the file, the line and the column, and nothing of it reaches the bank.
 */
class UnsafeTextValidationTest {
    @TempDir
    Path dir;

    /** Every C0 control but tab and newline (the file's own white space), DEL, every C1, and the bidi controls. */
    static Stream<Integer> unsafe() {
        return Stream.of(IntStream.range(0x01, 0x20).filter(c -> c != '\t' && c != '\n' && c != '\r'),
                IntStream.rangeClosed(0x7F, 0x9F), IntStream.rangeClosed(0x202A, 0x202E), IntStream.rangeClosed(0x2066, 0x2069),
                IntStream.of(0x200E, 0x200F, 0x061C)).flatMapToInt(s -> s).boxed();
    }

    @Test
    void theListCoversWhatTerminalSafetyRefuses() {
        List<Integer> all = IntStream.range(0, 0x10000)
                .filter(c -> TerminalSafety.isUnsafe(c) && c != 0 && c != '\t' && c != '\r').boxed().toList();
        assertThat(unsafe().toList()).containsExactlyInAnyOrderElementsOf(all);
    }

    private static final String SET = """
            format: 1
            id: t
            title: T
            questions:
              - id: a
                kind: truefalse
                answer: true
                prompt: "Bad %s here"
                source: demo
                passage: About 200 thousand people took part, with more than 80 planes.
                explain: Why.
            """;

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("unsafe")
    void writtenAsItIsInYamlTheFileNamesItsLineAndColumn(int c) {
        LoadResult r = Fixtures.load(dir, "q.yaml", SET.formatted(Character.toString(c)));
        assertThat(r.problems()).extracting(Problem::format).containsExactly("q.yaml:8:18: error: the control character "
                + TerminalSafety.describe(c) + " is in the file (remove it: control and bidi characters could take over"
                + " the student's terminal)");
        assertThat(r.bank().questions()).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("unsafe")
    void writtenAsItIsInJsonTheFileNamesItsLineAndColumn(int c) {
        String json = "{\"format\": 1, \"id\": \"t\",\n \"title\": \"T" + Character.toString(c) + "\", \"questions\": []}";
        LoadResult r = Fixtures.load(dir, "q.json", json);
        assertThat(r.problems()).extracting(Problem::file, Problem::line, Problem::column, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q.json", 2, 13,
                        "the control character " + TerminalSafety.describe(c) + " is in the file"));
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("unsafe")
    void writtenAsAYamlEscapeTheValueIsRefusedWhereItStands(int c) {
        LoadResult r = Fixtures.load(dir, "q.yaml", SET.formatted(String.format("\\u%04x", c)));
        assertThat(r.problems()).extracting(Problem::format).containsExactly("q.yaml:8:13: error: [a] `prompt` contains the"
                + " control character " + TerminalSafety.describe(c) + " (remove it: control and bidi characters could take"
                + " over the student's terminal)");
        assertThat(r.bank().questions()).isEmpty();
    }

    @ParameterizedTest(name = "U+{0}")
    @MethodSource("unsafe")
    void writtenAsAJsonEscapeTheValueIsRefusedWhereItStands(int c) {
        String json = "{\"format\": 1, \"id\": \"t\",\n \"title\": \"T" + String.format("\\u%04x", c) + "x\", \"questions\": []}";
        LoadResult r = Fixtures.load(dir, "q.json", json);
        assertThat(r.problems()).filteredOn(Problem::isError)
                .extracting(Problem::file, Problem::line, Problem::column, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("q.json", 2, 11,
                        "`title` contains the control character " + TerminalSafety.describe(c)));
        assertThat(r.bank().sets()).isEmpty();
    }

    /** Every text a question, set or source can hold, with ESC in it. */
    @Test
    void everyTextFieldIsChecked() throws Exception {
        String esc = "\\e[31m";
        String plain = Fixtures.question("a", "kind: truefalse\nanswer: true");
        List<String> questions = new ArrayList<>(List.of(
                plain.replace("A prompt.", "\"A " + esc + "\""),
                plain.replace("About 200 thousand", "\"About " + esc + "\" #"),
                plain.replace("Why.", "\"Why" + esc + "\"")));
        List<String> sites = List.of(
                "kind: choice\nchoices: [\"x" + esc + "\", y]\nanswer: y",
                "kind: multi\nchoices: [x, \"y" + esc + "\"]\nanswers: [x]",
                "kind: text\nanswers: [\"x" + esc + "\"]",
                "kind: order\nitems: [a, \"b" + esc + "\"]",
                "kind: match\npairs: [{left: \"a" + esc + "\", right: b}, {left: c, right: d}]",
                "kind: match\npairs: [{left: a, right: b}, {left: c, right: d}]\ndistractors: [\"e" + esc + "\"]",
                "kind: number\nanswer: 5\nunit: \"km" + esc + "\"",
                "kind: truefalse\nanswer: true\ntags: [\"t" + esc + "\"]",
                "kind: truefalse\nanswer: true\nhighlight: [\"" + esc + "\"]");
        sites.forEach(site -> questions.add(Fixtures.question("a", site)));
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            LoadResult r = Fixtures.load(dir, "q" + i + ".yaml", Fixtures.set(questions.get(i)));
            assertThat(r.bank().questions()).as(questions.get(i)).isEmpty();
            assertThat(ModelText.of(r.bank())).allSatisfy(s -> assertThat(TerminalSafety.firstUnsafe(s)).isEqualTo(-1));
            r.problems().stream().filter(p -> p.message().contains("U+001B")).map(p -> p.file() + ":" + p.line())
                    .findFirst().ifPresent(refused::add);
        }
        assertThat(refused).hasSize(questions.size()).allSatisfy(s -> assertThat(s).matches("q\\d+\\.yaml:\\d+"));
    }

    @Test
    void setAndSourceTextIsCheckedToo() throws Exception {
        LoadResult set = Fixtures.load(dir, "s.yaml", "format: 1\nid: t\ntitle: T\ndescription: \"d\\e[2J\"\ntags: [\"\\x9b\"]\n"
                + "questions:\n" + Fixtures.question("a", "kind: truefalse\nanswer: true"));
        assertThat(set.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.message())
                .containsExactly("4:14 `description` contains the control character U+001B",
                        "5:8 `tags` contains the control character U+009B");

        Path bank = Files.createDirectory(dir.resolve("bank"));
        Files.writeString(bank.resolve("sources.yaml"), Fixtures.SOURCES.replace("A made-up article for tests", "\"A \\u202e title\"")
                .replace("[Ann Author]", "[\"Ann \\u0007\"]"));
        Files.writeString(bank.resolve("q.yaml"), Fixtures.set(Fixtures.question("a", "kind: truefalse\nanswer: true")));
        LoadResult r = new BankLoader(dir).load(List.of(bank));
        assertThat(r.problems()).extracting(p -> p.file() + ":" + p.line() + ":" + p.column() + " " + p.message()).contains(
                "bank/sources.yaml:4:12 `title` contains the control character U+202E",
                "bank/sources.yaml:5:15 `authors` contains the control character U+0007");
        assertThat(ModelText.of(r.bank())).allSatisfy(s -> assertThat(TerminalSafety.firstUnsafe(s)).isEqualTo(-1));
    }
}
