package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageCheckerTest {
    private static final Path SEEDS = Path.of("src/test/resources/bank/seeds");

    @TempDir
    Path dir;

    private List<Problem> check(String passage) throws Exception {
        Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES);
        Files.writeString(dir.resolve("q.yaml"), set(question("a", "kind: truefalse\nanswer: true"))
                .replace("About 200 thousand people took part, with more than 80 planes.", passage));
        LoadResult r = new BankLoader(dir).load(List.of(dir));
        return new PassageChecker(SEEDS).check(r.bank(), r.questionLocations());
    }

    @Test
    void verbatimPassagePasses() throws Exception {
        assertThat(check("About 200 thousand people took part, with more than 80 planes.")).isEmpty();
    }

    @Test
    void typographicVariantsAndWhiteSpaceAreFolded() throws Exception {
        assertThat(check("\"We must prepare - the  border is long,\" he added.")).isEmpty();
    }

    @Test
    void aChangedWordIsAnErrorThatShowsTheClosestSentence() throws Exception {
        List<Problem> problems = check("About 300 thousand people took part, with more than 80 planes.");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("the passage is not in demo.txt");
            assertThat(p.hint()).isEqualTo("closest in the article: “About 200 thousand people took part, with more than 80 planes.”");
        });
    }

    @Test
    void aFixedTypoIsNotVerbatim() throws Exception {
        assertThat(check("Krūms wrote that 65,089 items were shipped in 1,940 wagons.")).hasSize(1);
    }

    @Test
    void missingArticleFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("sources.yaml"), Fixtures.SOURCES.replace("demo.txt", "gone.txt"));
        Files.writeString(dir.resolve("q.yaml"), set(question("a", "kind: truefalse\nanswer: true")));
        LoadResult r = new BankLoader(dir).load(List.of(dir));
        assertThat(new PassageChecker(SEEDS).check(r.bank(), r.questionLocations()))
                .extracting(Problem::hint).containsExactly("expected the file gone.txt");
    }

    /** Validation refuses such a passage first; this guard is for a bank built some other way. */
    @Test
    void aPassageFarLongerThanThreeSentencesIsRefusedWithoutSearchingForTheClosest() {
        String huge = "About 300 thousand people took part. ".repeat(20_000).strip();
        org.sourcequiz.model.Source source = new org.sourcequiz.model.Source("demo", "T", List.of("A"),
                new org.sourcequiz.model.Published("2021-09-30", false, ""), "", "", "demo.txt");
        org.sourcequiz.model.Question q = new org.sourcequiz.model.TrueFalseQuestion(
                new org.sourcequiz.model.Stem("a", "P", "demo", huge, "E", List.of(), 1, 1, List.of()), true);
        org.sourcequiz.model.Bank bank = new org.sourcequiz.model.Bank(List.of(source),
                List.of(new org.sourcequiz.model.QuestionSet("t", "T", "", List.of(), List.of(q), "q.yaml")));
        List<Problem> problems = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(1), () -> new PassageChecker(SEEDS).check(bank, java.util.Map.of()));
        assertThat(problems).singleElement().satisfies(p ->
                assertThat(p.hint()).isEqualTo("quote one to three sentences of the article"));
    }
}
