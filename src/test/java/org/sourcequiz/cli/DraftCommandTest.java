package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.SeedArticles;

class DraftCommandTest {

    @TempDir
    Path dir;

    @Test
    void draftsOfEachSeedArticleValidateAgainstTheArticle() throws IOException {
        Path out = dir.resolve("drafts");
        try (var files = Files.list(SeedArticles.dir())) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                CliRun r = CliRun.runIn(dir, Map.of(), "draft", article.toString(), "--out", "drafts");
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out()).contains("draft questions from");
            }
        }
        String sources = Files.readString(out.resolve("sources.yaml"));
        assertThat(sources).contains("id: lukashenko-to-sing-his-swan-song", "published: 2021-10-22",
                "file: \"000_a8e0e6932d93ab5e.txt\"", "authors: [\"Oksana Kuzan\", \"Borys Grachov\"]", "published: 2021-09-30");
        for (Path set : List.of(out.resolve("belarus-russia-integration-or-imitation.yaml"), out.resolve("putin-covid-la-presse.yaml"))) {
            String yaml = Files.readString(set);
            long questions = yaml.lines().filter(l -> l.startsWith("  - id: ")).count();
            assertThat(yaml.lines().filter(l -> l.equals("    status: draft")).count()).isEqualTo(questions).isGreaterThan(10);
        }
        // The drafts as written: each `status: draft` is a warning, none an error.
        CliRun v = CliRun.runIn(dir, Map.of(), "validate", "drafts", "--sources", SeedArticles.dir().toString());
        assertThat(v.exit()).as(v.out()).isZero();
        assertThat(v.out()).contains("0 errors").contains("every passage found in its article").contains("draft question");
        assertThat(v.out().lines().filter(l -> l.contains(": error")).toList()).isEmpty();
    }

    @Test
    void aKnownDateAndFigureBecomeQuestionsWithTheirSentence() throws IOException {
        CliRun r = CliRun.runIn(dir, Map.of(), "draft", SeedArticles.dir().resolve("000_a8e0e6932d93ab5e.txt").toString(), "--out", ".",
                "--source-id", "krums", "--title", "Swan song");
        assertThat(r.exit()).as(r.err()).isZero();
        String yaml = Files.readString(dir.resolve("krums.yaml"));
        assertThat(yaml).contains("answer: \"2021-09-08\"", "kind: number", "answer: 200000", "unit: \"military personnel\"",
                "passage: \"It is known that on 8 September the first Russian fighters arrived in Belarus");
        assertThat(Files.readString(dir.resolve("sources.yaml"))).contains("title: \"Swan song\"", "id: krums");
    }

    @Test
    void aBinaryFileIsRefusedInOneLine() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
        assertRefused(f, "a binary file");
    }

    @Test
    void anEmptyFileIsRefusedInOneLine() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "  \n\n");
        assertRefused(f, "the file is empty");
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path f = dir.resolve("a.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertRefused(f, "too large for an article");
    }

    @Test
    void aLatin1FileIsRefusedWithItsLineAndColumn() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.write(f, "Title\nCaf\u00e9 on 4 November 2021\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(f, "a.txt:2:4: not UTF-8 (byte 0xE9)");
    }

    @Test
    void aMissingFileIsRefused() {
        assertRefused(dir.resolve("none.txt"), "no such file");
    }

    private void assertRefused(Path article, String message) {
        long start = System.nanoTime();
        CliRun r = CliRun.runIn(dir, Map.of(), "draft", article.toString(), "--out", "out");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(millis).as("refused within a second").isLessThan(1000);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
