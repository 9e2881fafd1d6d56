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
import org.sourcequiz.SeedArticles;

/** `sourcequiz search` and `quiz --search`: the JSON contract, the human view, hostile words and exit codes. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** A quiz keeps its history in a folder of the test's own. */
    private CliRun quiz(String... args) {
        List<String> all = new ArrayList<>(List.of("quiz", "--plain"));
        all.addAll(List.of(args));
        return CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_HOME", data.toString()), all.toArray(String[]::new));
    }

    /** A search keeps its cached index in the test's own data folder. */
    private CliRun search(String... args) {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        return CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_HOME", data.toString()), all.toArray(String[]::new));
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheDocumentedShapeBestFirst() throws Exception {
        JsonNode root = json(search("--json", "Zapad", "-n", "5"));
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
        JsonNode hits = json(search("--json", "--sources", SeedArticles.dir().toString(), "Zapad", "-n", "200")).get("hits");
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
        CliRun r = CliRun.runIn(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_SOURCES", SeedArticles.dir().toString(),
                "SOURCEQUIZ_HOME", data.toString()), "search", "--json", "Zapad", "-n", "200");
        assertThat(json(r).toString()).contains("\"type\":\"article\"");
    }

    @Test
    void theHumanViewNumbersTheHitsAndSaysHowToQuizOnThem() {
        CliRun r = search("Krums", "-n", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("1. ", "2. ", "3. ", "**Krūms**", "sourcequiz quiz --search 'Krums'");
        assertThat(r.out()).doesNotContain("4. ");
    }

    @ParameterizedTest
    @ValueSource(strings = {":", "(", "AND", "*", "\"", "Zapad AND (", "title:\"Zapad", "\\", "[a TO z]", "\u001b[2J"})
    void anyInputIsAQueryNeverAnError(String input) throws Exception {
        CliRun r = search("--json", input);
        assertThat(r.err()).isEmpty();
        assertThat(json(r).has("hits")).isTrue();
        CliRun plain = search("--plain", input);
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).doesNotContain("\u001b").doesNotContain("Exception");
    }

    @Test
    void wordsAloneGoAroundPicocliWithTheSameResult() throws Exception {
        // `search --json WORDS` runs without picocli; an option sends the same search through it.
        assertThat(SearchCommand.direct(null, new String[] {"search", "--json", "Union", "State"})).isNotNull();
        assertThat(SearchCommand.direct(null, new String[] {"search", "-n", "5", "Zapad"})).isNull();
        assertThat(SearchCommand.direct(null, new String[] {"search", "@words.txt"})).isNull();
        String direct = search("--json", "Lukashneko", "\"Union State\"").out();
        String parsed = search("--json", "-n", "20", "Lukashneko", "\"Union State\"").out();
        assertThat(direct).isEqualTo(parsed);
        assertThat(json(search("--json", "Lukashneko")).get("hits").size()).isPositive();
        assertThat(search("--plain", "Krums").out()).isEqualTo(search("--plain", "--limit", "20", "Krums").out());
    }

    @Test
    void theIndexIsCachedInTheDataFolderAndASecondSearchUsesIt() throws Exception {
        String first = search("--json", "Zapad").out();
        Path cache = data.resolve("search-index");
        assertThat(cache).isDirectory();
        try (var copies = java.nio.file.Files.list(cache)) {
            assertThat(copies.toList()).hasSize(1);
        }
        assertThat(search("--json", "Zapad").out()).isEqualTo(first);
        assertThat(search("--json", "--sources", SeedArticles.dir().toString(), "Zapad").out()).isNotEqualTo(first);
        try (var copies = java.nio.file.Files.list(cache)) {
            assertThat(copies.toList()).hasSize(2);
        }
    }

    @Test
    void aMissingArticleIsNamedInAWarningAndItsQuestionsAreStillSearched(@TempDir Path some) throws Exception {
        java.nio.file.Files.copy(SeedArticles.dir().resolve(firstSourceFile()), some.resolve(firstSourceFile()));
        CliRun r = search("--json", "--sources", some.toString(), "Zapad");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("no article text in " + some, "their questions are searched");
        assertThat(json(r).get("hits").size()).isPositive();
    }

    private static String firstSourceFile() throws Exception {
        try (var files = java.nio.file.Files.list(SeedArticles.dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void noWordsIsAUsageError() {
        CliRun r = search();
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("give the words to search for");
    }

    @Test
    void aMissingArticlesFolderIsAnInputError() {
        CliRun r = search("--sources", "/no/such/folder", "Zapad");
        assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("/no/such/folder").doesNotContain("Exception");
    }

    @Test
    void aQuizOnASearchAsksOnlyWhatTheSearchFinds() throws Exception {
        List<String> found = new ArrayList<>();
        json(search("--json", "Krums", "-n", "1000")).get("hits").forEach(h -> found.add(h.get("id").asText()));
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
