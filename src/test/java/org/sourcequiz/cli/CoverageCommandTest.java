package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.SeedArticles;

class CoverageCommandTest {

    @TempDir
    Path dir;

    /** A bank of one question on the swan-song article: only the facts of its passage are covered. */
    private void oneQuestionBank() throws IOException {
        Files.writeString(dir.resolve("sources.yaml"), """
                format: 1
                sources:
                  - id: krums
                    title: Swan song
                    authors: [Gatis Krūms]
                    published: 2021-10-22
                    file: 000_a8e0e6932d93ab5e.txt
                """);
        Files.writeString(dir.resolve("set.yaml"), """
                format: 1
                id: one
                title: One
                questions:
                  - id: fighters
                    kind: date
                    prompt: When did the first Russian fighters arrive?
                    answer: "2021-09-08"
                    source: krums
                    passage: It is known that on 8 September the first Russian fighters arrived in Belarus where they were to be engaged in activities as part of the Russian-Belarusian joint combat training center.
                    explain: The article says so.
                """);
    }

    @Test
    void jsonNamesEachSourceItsFactsAndTheUncoveredOnesWithTheirLines() throws IOException {
        oneQuestionBank();
        CliRun r = CliRun.runIn(dir, Map.of(), "coverage", "set.yaml", "--sources", SeedArticles.dir().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.fieldNames()).toIterable().containsExactly("sources");
        JsonNode s = root.get("sources").get(0);
        assertThat(s.fieldNames()).toIterable().containsExactly("id", "facts", "covered", "uncovered");
        assertThat(s.get("id").asText()).isEqualTo("krums");
        assertThat(s.get("covered").asInt()).isEqualTo(1);
        assertThat(s.get("facts").asInt()).isGreaterThan(10);
        assertThat(s.get("uncovered")).hasSize(s.get("facts").asInt() - 1);
        JsonNode first = s.get("uncovered").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("line", "kind", "text");
        boolean sawDate = false;
        for (JsonNode u : s.get("uncovered")) {
            assertThat(u.get("kind").asText()).isIn("date", "figure", "quote");
            assertThat(u.get("text").asText()).isNotEqualTo("8 September");
            if (u.get("text").asText().equals("9 September")) {
                assertThat(u.get("line").asInt()).isEqualTo(21);
                sawDate = true;
            }
        }
        assertThat(sawDate).isTrue();
    }

    @Test
    void theHumanViewShowsABarThenTheUncoveredFactsByLine() throws IOException {
        oneQuestionBank();
        CliRun r = CliRun.runIn(dir, Map.of(), "coverage", "set.yaml", "--sources", SeedArticles.dir().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("krums").contains("█").contains("░").contains("facts covered");
        assertThat(r.out()).contains("line   21  date    9 September").contains("line   15  figure  200,000 military personnel");
    }

    @Test
    void theBundledBankCoversMostFactsOfItsFiveArticles() throws IOException {
        CliRun r = CliRun.runIn(dir, Map.of(), "coverage", "--sources", SeedArticles.dir().toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode sources = new ObjectMapper().readTree(r.out()).get("sources");
        assertThat(sources).hasSize(5);
        for (JsonNode s : sources) {
            assertThat(s.get("covered").asInt()).as(s.get("id").asText()).isGreaterThanOrEqualTo(s.get("facts").asInt() * 9 / 10);
        }
    }

    @Test
    void aMissingArticleIsAOneLineError() throws IOException {
        oneQuestionBank();
        CliRun r = CliRun.runIn(dir, Map.of(), "coverage", "set.yaml", "--sources", dir.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the text of source `krums` is not there");
    }
}
