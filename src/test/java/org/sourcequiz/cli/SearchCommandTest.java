package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `sourcequiz search` and `quiz --search`: the JSON contract, the human view, hostile words and exit codes. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("../shared/seeds").toAbsolutePath();

    @TempDir
    Path data;

    /** A quiz keeps its history in a folder of the test's own. */
    private CliRun quiz(String... args) {
        List<String> all = new ArrayList<>(List.of("quiz", "--plain"));
        all.addAll(List.of(args));
        return CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_HOME", data.toString()), all.toArray(String[]::new));
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheDocumentedShapeBestFirst() throws Exception {
        JsonNode root = json(CliRun.run("search", "--json", "Zapad", "-n", "5"));
        assertThat(root.fieldNames()).toIterable().containsExactly("hits");
        JsonNode hits = root.get("hits");
        assertThat(hits.size()).isEqualTo(5);
        double last = Double.MAX_VALUE;
        for (JsonNode h : hits) {
            assertThat(h.fieldNames()).toIterable().containsExactly("type", "id", "set", "source", "paragraph", "score", "snippet");
            assertThat(h.get("type").asText()).isEqualTo("question");
            assertThat(h.get("id").asText()).isNotBlank();
            assertThat(h.get("set").asText()).isNotBlank();
            assertThat(h.get("source").asText()).isNotBlank();
            assertThat(h.get("paragraph").isNull()).isTrue();
            assertThat(h.get("score").isNumber()).isTrue();
            assertThat(h.get("score").asDouble()).isLessThanOrEqualTo(last);
            last = h.get("score").asDouble();
            assertThat(h.get("snippet").asText()).containsIgnoringCase("**zapad");
        }
    }

    @Test
    void articleHitsSayTheyAreArticlesWithTheirParagraph() throws Exception {
        JsonNode hits = json(CliRun.run("search", "--json", "--sources", SEEDS.toString(), "Zapad", "-n", "200")).get("hits");
        List<JsonNode> articles = new ArrayList<>();
        hits.forEach(h -> {
            if (h.get("type").asText().equals("article")) {
                articles.add(h);
            }
        });
        assertThat(articles).isNotEmpty();
        for (JsonNode a : articles) {
            assertThat(a.get("id").isNull()).isTrue();
            assertThat(a.get("set").isNull()).isTrue();
            assertThat(a.get("paragraph").asInt()).isPositive();
            assertThat(a.get("snippet").asText()).containsIgnoringCase("**zapad");
        }
    }

    @Test
    void theEnvironmentCanNameTheArticlesFolder() throws Exception {
        CliRun r = CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_SOURCES", SEEDS.toString()),
                "search", "--json", "Zapad", "-n", "200");
        assertThat(json(r).toString()).contains("\"type\":\"article\"");
    }

    @Test
    void theHumanViewNumbersTheHitsAndSaysHowToQuizOnThem() {
        CliRun r = CliRun.run("search", "Krums", "-n", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1. ", "2. ", "3. ", "**Krūms**", "sourcequiz quiz --search 'Krums'");
        assertThat(r.out()).doesNotContain("4. ");
    }

    @ParameterizedTest
    @ValueSource(strings = {":", "(", "AND", "*", "\"", "Zapad AND (", "title:\"Zapad", "\\", "[a TO z]", "\u001b[2J"})
    void anyInputIsAQueryNeverAnError(String input) throws Exception {
        CliRun r = CliRun.run("search", "--json", input);
        assertThat(r.err()).isEmpty();
        assertThat(json(r).has("hits")).isTrue();
        CliRun plain = CliRun.run("search", "--plain", input);
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).doesNotContain("\u001b").doesNotContain("Exception");
    }

    @Test
    void noWordsIsAUsageError() {
        CliRun r = CliRun.run("search");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("give the words to search for");
    }

    @Test
    void aMissingArticlesFolderIsAnInputError() {
        CliRun r = CliRun.run("search", "--sources", "/no/such/folder", "Zapad");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("/no/such/folder").doesNotContain("Exception");
    }

    @Test
    void aQuizOnASearchAsksOnlyWhatTheSearchFinds() throws Exception {
        List<String> found = new ArrayList<>();
        json(CliRun.run("search", "--json", "Krums", "-n", "1000")).get("hits").forEach(h -> found.add(h.get("id").asText()));
        CliRun r = quiz("--search", "Krums", "--seed", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> asked = r.out().lines().filter(l -> l.matches("\\[\\d+/\\d+] .*"))
                .map(l -> l.replaceFirst("\\[\\d+/\\d+] (\\S+).*", "$1")).toList();
        assertThat(asked).isNotEmpty();
        assertThat(found).containsAll(asked);
        assertThat(r.out()).contains("[1/" + found.size() + "]");
    }

    @Test
    void aQuizOnASearchThatFindsNothingSaysSo() {
        CliRun r = quiz("--search", "xylophonist");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("no questions match --search 'xylophonist'");
    }
}
