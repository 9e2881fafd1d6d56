package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `sourcequiz sources`: the JSON contract of the list and of an article, the lines, and the errors. */
class SourcesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BANK = "src/test/resources/quiz-bank";
    private static final Path ARTICLES = Path.of("src/test/resources/explore/articles");

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return JSON.readTree(r.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theListHasTheDocumentedShape() throws Exception {
        JsonNode root = json(CliRun.run("sources", "--bank", BANK, "--json"));
        assertThat(root.fieldNames()).toIterable().containsExactly("sources");
        JsonNode named = root.get("sources").get(0);
        assertThat(named.fieldNames()).toIterable()
                .containsExactly("id", "title", "authors", "published", "estimate", "outlet", "questions", "passages");
        assertThat(named.get("id").asText()).isEqualTo("named");
        assertThat(texts(named.get("authors"))).containsExactly("Oksana Kuzan", "Borys Grachov");
        assertThat(named.get("published").asText()).isEqualTo("2021-09-30");
        assertThat(named.get("estimate").isNull()).isTrue();
        assertThat(named.get("outlet").isNull()).isTrue();
        assertThat(named.get("questions").asInt()).isEqualTo(8);
        assertThat(named.get("passages").asInt()).isEqualTo(6);
        JsonNode unnamed = root.get("sources").get(1);
        assertThat(unnamed.get("published").isNull()).isTrue();
        assertThat(unnamed.get("estimate").get("date").asText()).isEqualTo("2022-10");
        assertThat(unnamed.get("estimate").get("reason").asText()).isEqualTo("The article states no date.");
        assertThat(unnamed.get("outlet").asText()).isEqualTo("csmonitor.com");
    }

    @Test
    void anArticleWithItsTextIsTheWholeArticleWithItsCitations() throws Exception {
        JsonNode root = json(CliRun.run("sources", "named", "--bank", BANK, "--sources", ARTICLES.toString(), "--json"));
        assertThat(root.fieldNames()).toIterable().containsExactly("id", "full", "paragraphs", "unplaced");
        assertThat(root.get("id").asText()).isEqualTo("named");
        assertThat(root.get("full").asBoolean()).isTrue();
        StringBuilder joined = new StringBuilder();
        for (JsonNode p : root.get("paragraphs")) {
            assertThat(p.fieldNames()).toIterable().containsExactly("text", "questions", "marks");
            joined.append(p.get("text").asText()).append("\n\n");
            for (JsonNode m : p.get("marks")) {
                assertThat(m.fieldNames()).toIterable().containsExactly("start", "end", "questions");
                assertThat(m.get("end").asInt()).isGreaterThan(m.get("start").asInt());
            }
        }
        String file = Files.readString(ARTICLES.resolve("named.txt"), StandardCharsets.UTF_8);
        assertThat(joined.toString().strip()).isEqualTo(file.strip());
        JsonNode zapad = root.get("paragraphs").get(2);
        assertThat(texts(zapad.get("questions"))).containsExactly("fx-choice", "fx-extra-1", "fx-extra-2", "fx-multi");
        assertThat(root.get("paragraphs").get(4).get("questions").size()).isZero();
        assertThat(root.get("unplaced").size()).isZero();
    }

    @Test
    void theFolderMayComeFromTheEnvironment() throws Exception {
        JsonNode root = json(CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_SOURCES", ARTICLES.toString()),
                "sources", "named", "--bank", BANK, "--json"));
        assertThat(root.get("full").asBoolean()).isTrue();
    }

    @Test
    void withoutTheTextTheCitedPassagesAloneAreGiven() throws Exception {
        JsonNode root = json(CliRun.run("sources", "unnamed", "--bank", BANK, "--json"));
        assertThat(root.get("full").asBoolean()).isFalse();
        assertThat(root.get("paragraphs")).extracting(p -> p.get("text").asText())
                .containsExactly("Signed: Gatis Krūms.", "First, then Second, then Third.");
        assertThat(texts(root.get("paragraphs").get(0).get("questions"))).containsExactly("fx-text", "fx-open");
    }

    @Test
    void plainLinesMarkTheCitedPassagesAndNameTheirQuestions() {
        CliRun r = CliRun.run("sources", "named", "--bank", BANK, "--sources", ARTICLES.toString(), "--plain");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021");
        assertThat(lines).contains("  5. Nothing in this paragraph is quoted by any question.",
                "» 7. **and more than 700 units of equipment.** That is the end of the test article.",
                "     cited by: fx-match");
        assertThat(lines).anyMatch(l -> l.startsWith("» 3. **On September 10–16,") && l.endsWith("**Armenia and India took part.**"));
    }

    @Test
    void plainWithoutTheFolderSaysTheTextNeedsIt() {
        CliRun r = CliRun.run("sources", "named", "--bank", BANK, "--plain");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("needs --sources DIR", "» 1. **Armenia and India took part.**", "cited by: fx-extra-1, fx-extra-2, fx-multi");
    }

    @Test
    void theListInLinesHasEachSourceWithItsByline() {
        CliRun r = CliRun.run("sources", "--bank", BANK);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("named  Integration or Imitation",
                "   Oksana Kuzan, Borys Grachov · 2021-09-30 · outlet not named · 8 questions, 6 passages",
                "   author not named · estimated 2022-10 · csmonitor.com · 3 questions, 2 passages",
                "   date estimated: The article states no date.");
    }

    @Test
    void anUnknownIdIsOneLineListingTheIds() {
        CliRun r = CliRun.run("sources", "nmaed", "--bank", BANK);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("sourcequiz: no source `nmaed` (did you mean `named`?); the sources are: named, unnamed");
    }

    @Test
    void aMissingArticleIsOneLineNamingItsPath() {
        CliRun r = CliRun.run("sources", "unnamed", "--bank", BANK, "--sources", ARTICLES.toString(), "--json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains(ARTICLES.toAbsolutePath().resolve("unnamed.txt").toString(), "give --sources the folder");
    }

    @Test
    void plainAndJsonTogetherAreAUsageError() {
        CliRun r = CliRun.run("sources", "--plain", "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--plain and --json cannot be used together");
    }
}
