package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.SeedArticles;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TrueFalseQuestion;

/** The index kept in the data folder: used when sound, made again when the content changes or the copy is damaged. */
class IndexCacheTest {
    private static final Bank BANK = SearchIndexTest.BANK;

    @TempDir
    Path data;

    private static List<String> ids(SearchIndex index, String words) {
        return index.search(words, 50).stream().map(h -> h.questionId() + " " + h.snippet().marked("[", "]")).toList();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            return s.toList();
        }
    }

    @Test
    void aSecondOpenUsesTheCopyAndFindsTheSame() throws IOException {
        IndexCache cache = new IndexCache(data);
        SearchIndex first = cache.open(BANK, List.of());
        assertThat(cache.lastOutcome()).isEqualTo(IndexCache.Outcome.BUILT);
        assertThat(copies()).hasSize(1);
        IndexCache again = new IndexCache(data);
        SearchIndex second = again.open(BANK, List.of());
        assertThat(again.lastOutcome()).isEqualTo(IndexCache.Outcome.HIT);
        assertThat(ids(second, "Lukashneko \"Union State\"")).isNotEmpty().isEqualTo(ids(first, "Lukashneko \"Union State\""));
        assertThat(ids(second, "Krums")).isEqualTo(ids(SearchIndexTest.INDEX, "Krums"));
        assertThat(second.size()).isEqualTo(BANK.questions().size());
    }

    @Test
    void aChangedExplanationIsAnotherContentAndIsBuiltAgain() {
        new IndexCache(data).open(BANK, List.of());
        Bank changed = withExplanation(BANK, "A xylophonist explained it.");
        IndexCache cache = new IndexCache(data);
        SearchIndex index = cache.open(changed, List.of());
        assertThat(cache.lastOutcome()).isEqualTo(IndexCache.Outcome.BUILT);
        assertThat(index.search("xylophonist", 5)).isNotEmpty();
        IndexCache original = new IndexCache(data);
        assertThat(original.open(BANK, List.of()).search("xylophonist", 5)).isEmpty();
        assertThat(original.lastOutcome()).isEqualTo(IndexCache.Outcome.HIT);
    }

    @Test
    void theArticlesArePartOfTheContent() throws IOException {
        new IndexCache(data).open(BANK, List.of());
        List<IndexArticle> articles = IndexArticle.read(BANK, SeedArticles.dir(), new ArrayList<>());
        IndexCache cache = new IndexCache(data);
        SearchIndex index = cache.open(BANK, articles);
        assertThat(cache.lastOutcome()).isEqualTo(IndexCache.Outcome.BUILT);
        assertThat(index.search("Zapad", 500)).anyMatch(h -> h.type() == SearchHit.Type.ARTICLE);
    }

    @Test
    void aDamagedCopyIsBuiltAgainWithoutAWord() throws IOException {
        new IndexCache(data).open(BANK, List.of());
        Path copy = copies().get(0);
        Path biggest;
        try (Stream<Path> s = Files.list(copy)) {
            biggest = s.max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(biggest);
        bytes[bytes.length / 2] ^= 0x5a; // one flipped byte in the middle, where Lucene's opening would not look
        Files.write(biggest, bytes);
        IndexCache cache = new IndexCache(data);
        SearchIndex index = cache.open(BANK, List.of());
        assertThat(cache.lastOutcome()).isEqualTo(IndexCache.Outcome.BUILT);
        assertThat(ids(index, "Krums")).isEqualTo(ids(SearchIndexTest.INDEX, "Krums"));
        assertThat(new IndexCache(data).open(BANK, List.of()).size()).isEqualTo(BANK.questions().size());
    }

    @Test
    void aTruncatedOrEmptiedCopyIsBuiltAgain() throws IOException {
        new IndexCache(data).open(BANK, List.of());
        Path copy = copies().get(0);
        try (Stream<Path> s = Files.list(copy)) {
            for (Path f : s.toList()) {
                Files.write(f, new byte[0]);
            }
        }
        IndexCache cache = new IndexCache(data);
        assertThat(cache.open(BANK, List.of()).search("Zapad", 3)).hasSize(3);
        assertThat(cache.lastOutcome()).isEqualTo(IndexCache.Outcome.BUILT);
    }

    @Test
    void aFolderThatCannotBeWrittenStillSearchesInMemory() throws IOException {
        Path locked = Files.createDirectory(data.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            IndexCache cache = new IndexCache(locked.resolve("search-index"));
            assertThat(cache.open(BANK, List.of()).search("Zapad", 3)).hasSize(3);
            // root may write anywhere: then the copy is made as usual.
            assertThat(cache.lastOutcome()).isIn(IndexCache.Outcome.IN_MEMORY, IndexCache.Outcome.BUILT);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void onlyTheNewestCopiesAreKept() throws IOException {
        for (int i = 0; i < IndexCache.KEPT + 2; i++) {
            new IndexCache(data).open(withExplanation(BANK, "version " + i), List.of());
        }
        assertThat(copies()).hasSize(IndexCache.KEPT);
        IndexCache newest = new IndexCache(data);
        newest.open(withExplanation(BANK, "version " + (IndexCache.KEPT + 1)), List.of());
        assertThat(newest.lastOutcome()).isEqualTo(IndexCache.Outcome.HIT);
    }

    /** The bank with its first true/false question's explanation replaced. */
    private static Bank withExplanation(Bank bank, String explain) {
        List<QuestionSet> sets = new ArrayList<>();
        boolean done = false;
        for (QuestionSet s : bank.sets()) {
            List<Question> qs = new ArrayList<>();
            for (Question q : s.questions()) {
                if (!done && q instanceof TrueFalseQuestion t) {
                    Stem x = t.stem();
                    q = new TrueFalseQuestion(new Stem(x.id(), x.prompt(), x.sourceId(), x.passage(), explain, x.tags(),
                            x.difficulty(), x.points(), x.highlights(), x.event(), x.draft()), t.answer());
                    done = true;
                }
                qs.add(q);
            }
            sets.add(new QuestionSet(s.id(), s.title(), s.description(), s.tags(), qs, s.origin()));
        }
        assertThat(done).isTrue();
        return new Bank(bank.sources(), sets);
    }
}
