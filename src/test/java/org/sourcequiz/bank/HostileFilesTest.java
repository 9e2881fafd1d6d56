package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not question files at all: each a clear problem, never an exception. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static String only(LoadResult r) {
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        return p.line() + ":" + p.column() + " " + p.message();
    }

    @Test
    void emptyFile() {
        assertThat(only(load(dir, "q.yaml", "  \n"))).isEqualTo("1:1 file is empty");
    }

    @Test
    void notUtf8NamesWhereTheBadByteIs() {
        byte[] latin1 = "format: 1\ntitle: Kr\u00fbms\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(only(load(dir, "q.yaml", latin1))).isEqualTo("2:10 file is not valid UTF-8");
    }

    @Test
    void binaryFile() {
        assertThat(only(load(dir, "q.yaml", new byte[] {'a', 0, 1, 2}))).isEqualTo("1:2 file contains NUL bytes: it looks binary");
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() {
        byte[] big = new byte[TreeReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(only(load(dir, "q.yaml", big))).startsWith("1:1 file is 4096 KiB, over the limit");
    }

    @Test
    void yamlAliasBombIsRefusedWithoutExpanding() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        long start = System.nanoTime();
        LoadResult r = load(dir, "q.yaml", bomb);
        assertThat(r.problems()).extracting(Problem::message).contains("YAML aliases (*a) are not supported");
        assertThat(r.bank().questions()).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void deepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        LoadResult r = load(dir, "q.json", deep);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nesting"));
    }

    @Test
    void syntaxErrorsNameTheirPlace() {
        assertThat(only(load(dir, "q.yaml", "format: 1\nid: [unclosed\n"))).startsWith("2:14 cannot parse: while parsing a flow sequence");
        assertThat(only(load(dir, "q.json", "{\"format\": 1,\n \"id\": }"))).startsWith("2:8 cannot parse");
    }

    @Test
    void folderWithoutQuestionFiles() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        LoadResult r = new BankLoader(dir).load(List.of(empty));
        assertThat(r.problems()).extracting(Problem::file, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty", "no question files (*.yaml, *.yml, *.json) in this folder"));
    }

    @Test
    void missingPathAndWrongExtension() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        LoadResult r = new BankLoader(dir).load(List.of(Path.of("nope.yaml"), Path.of("notes.txt")));
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactlyInAnyOrder("no such file or folder", "not a question file");
    }

    @Test
    void symlinkLoopInAFolderIsNotFollowedForever() throws Exception {
        Path bank = Files.createDirectory(dir.resolve("bank"));
        Files.writeString(bank.resolve("sources.yaml"), Fixtures.SOURCES);
        Files.writeString(bank.resolve("a.yaml"), Fixtures.set(Fixtures.question("a", "kind: truefalse\nanswer: true")));
        Files.createSymbolicLink(bank.resolve("loop"), bank);
        LoadResult r = new BankLoader(dir).load(List.of(bank));
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().questions()).hasSize(1);
    }

    @Test
    void unreadableFile() throws Exception {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "format: 1\n");
        Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES);
        f.toFile().setReadable(false);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(f), "running as a user who can read anything");
        LoadResult r = new BankLoader(dir).load(List.of(f));
        assertThat(r.problems()).extracting(Problem::message).containsExactly("cannot read the file: permission denied");
    }
}
