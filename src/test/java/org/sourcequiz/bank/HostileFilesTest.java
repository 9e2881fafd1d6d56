package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not question files at all, or are built to hurt: each a clear problem with its
 * place, never an exception, a hang or a full heap. The one-second guards catch hangs; they are
 * not speed claims.
 */
class HostileFilesTest {
    private static final Duration HANG = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private static String only(LoadResult r) {
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        return p.line() + ":" + p.column() + " " + p.message();
    }

    private static LoadResult guarded(Supplier<LoadResult> load) {
        return assertTimeoutPreemptively(HANG, load::get);
    }

    private LoadResult load(String name, String content) {
        return guarded(() -> Fixtures.load(dir, name, content));
    }

    private LoadResult load(String name, byte[] content) {
        return guarded(() -> Fixtures.load(dir, name, content));
    }

    @Test
    void emptyFile() {
        assertThat(only(load("q.yaml", "  \n"))).isEqualTo("1:1 file is empty");
    }

    @Test
    void notUtf8NamesWhereTheBadByteIs() {
        byte[] latin1 = "format: 1\ntitle: Kr\u00fbms\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(only(load("q.yaml", latin1))).isEqualTo("2:10 file is not valid UTF-8");
    }

    @Test
    void binaryFile() {
        assertThat(only(load("q.yaml", new byte[] {'a', 0, 1, 2}))).isEqualTo("1:2 file contains NUL bytes: it looks binary");
    }

    @Test
    void binaryFileWithoutNulBytes() {
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(3).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = noise[i] == 0 ? 1 : noise[i];
        }
        assertThat(only(load("q.yaml", noise))).endsWith("file is not valid UTF-8");
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() {
        byte[] big = new byte[TreeReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(only(load("q.yaml", big))).startsWith("1:1 file is 4096 KiB, over the limit");
    }

    /** Refused by its size on disk: neither read into memory nor parsed. */
    @Test
    void fiftyMegabyteFileIsRefusedBySize() throws IOException {
        Path f = dir.resolve("big.yaml");
        ByteBuffer line = ByteBuffer.wrap("  - id: q\n    kind: truefalse\n    answer: true\n".repeat(20_000).getBytes(StandardCharsets.UTF_8));
        try (FileChannel out = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap("format: 1\nid: big\ntitle: Big\nquestions:\n".getBytes(StandardCharsets.UTF_8)));
            while (out.size() < 50L * 1024 * 1024) {
                out.write(line.rewind());
            }
        }
        Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES);
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(f)));
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.format())
                .matches("big\\.yaml:1:1: error: file is 5\\d{4} KiB, over the limit of 4096 KiB \\(split it into several question sets\\)"));
    }

    @Test
    void yamlAliasBombIsRefusedWithoutExpanding() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        LoadResult r = load("q.yaml", bomb);
        assertThat(r.problems()).extracting(Problem::message).contains("YAML aliases (*a) are not supported");
        assertThat(r.bank().questions()).isEmpty();
    }

    /** The classic: nine levels of nine references, a billion "lol"s if anything expanded them. */
    @Test
    void billionLaughs() {
        StringBuilder b = new StringBuilder("lol0: &lol0 \"lol\"\n");
        for (int i = 1; i <= 9; i++) {
            b.append("lol").append(i).append(": &lol").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*lol" + (i - 1)))).append("]\n");
        }
        LoadResult r = load("q.yaml", b.toString());
        assertThat(r.problems()).filteredOn(p -> p.message().startsWith("YAML aliases")).first()
                .satisfies(p -> assertThat(p.format()).isEqualTo(
                        "q.yaml:2:14: error: YAML aliases (*lol0) are not supported (write the value out in full)"));
        assertThat(r.bank().questions()).isEmpty();
    }

    @Test
    void deepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        LoadResult r = load("q.json", deep);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("nesting"));
    }

    @Test
    void aHundredThousandOpenBracketsInJson() {
        assertThat(load("q.json", "[".repeat(100_000)).problems()).extracting(Problem::format)
                .containsExactly("q.json:1:35: error: nesting deeper than 32 levels"
                        + " (question files are shallow; check the brackets and indentation near here)");
    }

    @Test
    void aHundredThousandOpenBracketsInYaml() {
        assertThat(only(load("q.yaml", "[".repeat(100_000)))).isEqualTo("1:35 nesting deeper than 32 levels");
        assertThat(only(load("r.yaml", "{a: ".repeat(100_000)))).startsWith("1:").endsWith(" nesting deeper than 32 levels");
    }

    @Test
    void syntaxErrorsNameTheirPlace() {
        assertThat(only(load("q.yaml", "format: 1\nid: [unclosed\n"))).startsWith("2:5 cannot parse: while parsing a flow sequence");
        assertThat(only(load("q.json", "{\"format\": 1,\n \"id\": }"))).startsWith("2:8 cannot parse");
    }

    /** What the parser was reading and what it found wrong, without its quotation of the file. */
    @Test
    void aSyntaxErrorSaysWhatIsWrong() {
        assertThat(only(load("q.yaml", "format: 1\nid: \"unclosed\n")))
                .isEqualTo("2:5 cannot parse: while scanning a quoted scalar, found unexpected end of stream");
    }

    @Test
    void folderWithoutQuestionFiles() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(empty)));
        assertThat(r.problems()).extracting(Problem::file, Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("empty", "no question files (*.yaml, *.yml, *.json) in this folder"));
    }

    @Test
    void missingPathAndWrongExtension() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(Path.of("nope.yaml"), Path.of("notes.txt"))));
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactlyInAnyOrder("no such file or folder", "not a question file");
    }

    @Test
    void symlinkLoopInAFolderIsNotFollowedForever() throws Exception {
        Path bank = Files.createDirectory(dir.resolve("bank"));
        Files.writeString(bank.resolve("sources.yaml"), Fixtures.SOURCES);
        Files.writeString(bank.resolve("a.yaml"), Fixtures.set(Fixtures.question("a", "kind: truefalse\nanswer: true")));
        Files.createSymbolicLink(bank.resolve("loop"), bank);
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(bank)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.bank().questions()).hasSize(1);
    }

    /** A bank folder reached through a link reads as the folder, its files named under the link. */
    @Test
    void aFolderGivenThroughALinkIsRead() throws Exception {
        Path bank = Files.createDirectory(dir.resolve("bank"));
        Files.writeString(bank.resolve("sources.yaml"), Fixtures.SOURCES);
        Files.writeString(bank.resolve("a.yaml"), Fixtures.set(Fixtures.question("a", "kind: truefalse\nanswer: tru")));
        Path link = Files.createSymbolicLink(dir.resolve("linked"), bank);
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(link)));
        assertThat(r.problems()).extracting(Problem::file).containsExactly("linked/a.yaml");
        assertThat(r.bank().sets()).hasSize(1);
    }

    /** Two links that point at each other: the system gives up on them with ELOOP, and so do we, saying so. */
    @Test
    void questionFilesLinkedInALoopAreNamed() throws Exception {
        Path bank = Files.createDirectory(dir.resolve("bank"));
        Files.writeString(bank.resolve("sources.yaml"), Fixtures.SOURCES);
        Files.writeString(bank.resolve("a.yaml"), Fixtures.set(Fixtures.question("a", "kind: truefalse\nanswer: true")));
        Files.createSymbolicLink(bank.resolve("x.yaml"), Path.of("y.yaml"));
        Files.createSymbolicLink(bank.resolve("y.yaml"), Path.of("x.yaml"));
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(bank)));
        assertThat(r.problems()).extracting(Problem::format).containsExactly(
                "bank/x.yaml:1:1: error: symbolic link leads nowhere: its links form a loop or its target is missing"
                        + " (point it at a question file, or remove it)",
                "bank/y.yaml:1:1: error: symbolic link leads nowhere: its links form a loop or its target is missing"
                        + " (point it at a question file, or remove it)");
        assertThat(r.bank().questions()).hasSize(1);

        LoadResult direct = guarded(() -> new BankLoader(dir).load(List.of(bank.resolve("x.yaml"))));
        assertThat(direct.problems()).extracting(Problem::message)
                .containsExactly("symbolic link leads nowhere: its links form a loop or its target is missing");
    }

    @Test
    void unreadableFile() throws Exception {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "format: 1\n");
        Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES);
        f.toFile().setReadable(false);
        Assumptions.assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
        LoadResult r = guarded(() -> new BankLoader(dir).load(List.of(f)));
        assertThat(r.problems()).extracting(Problem::format)
                .containsExactly("q.yaml:1:1: error: cannot read the file: permission denied (check that it exists and is readable)");
    }
}
