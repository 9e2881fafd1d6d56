package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.explore.SearchSnippet;

/** `search --json` is written by hand for speed: it must be what Jackson writes for the same hits, the README's contract. */
class SearchOutputTest {
    private static SearchHit question(String id, float score, String snippet) {
        return new SearchHit(SearchHit.Type.QUESTION, id, "a-set", "a-source", 0, score,
                new SearchSnippet("prompt", List.of(new SearchSnippet.Part("Said ", false), new SearchSnippet.Part(snippet, true))));
    }

    private static SearchHit article(int paragraph, float score) {
        return new SearchHit(SearchHit.Type.ARTICLE, null, null, "integration-or-imitation", paragraph, score,
                new SearchSnippet("article", List.of(new SearchSnippet.Part("“Union State”", true))));
    }

    /** The documented shape, built as a map and written by Jackson. */
    private static String jackson(List<SearchHit> hits) {
        return Json.write(Map.of("hits", hits.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", h.type() == SearchHit.Type.QUESTION ? "question" : "article");
            m.put("id", h.questionId());
            m.put("set", h.setId());
            m.put("source", h.sourceId());
            m.put("paragraph", h.type() == SearchHit.Type.ARTICLE ? h.paragraph() : null);
            m.put("score", Math.round(h.score() * 1000) / 1000.0);
            m.put("snippet", h.snippet().marked("**", "**"));
            return m;
        }).toList()));
    }

    @Test
    void isWhatJacksonWritesForQuestionsArticlesAndAwkwardText() {
        List<SearchHit> hits = List.of(question("krums-author", 2.0892f, "Krūms"), article(8, 3.40712f),
                question("q\"uote\\back", 1f, "tab\there\nnew line \u0001 \u001f ✓ 😀 </script>"), question("zero", 0.0004f, ""));
        assertThat(SearchOutput.json(hits)).isEqualTo(jackson(hits));
    }

    @Test
    void noHitsIsAnEmptyList() throws Exception {
        assertThat(SearchOutput.json(List.of())).isEqualTo(jackson(List.of()));
        JsonNode root = new ObjectMapper().readTree(SearchOutput.json(List.of()));
        assertThat(root.get("hits").isArray()).isTrue();
        assertThat(root.get("hits").size()).isZero();
    }

    @Test
    void readsBackWithEveryKeyInOrder() throws Exception {
        JsonNode h = new ObjectMapper().readTree(SearchOutput.json(List.of(article(8, 3.40712f)))).get("hits").get(0);
        assertThat(h.fieldNames()).toIterable().containsExactly("type", "id", "set", "source", "paragraph", "score", "snippet");
        assertThat(h.get("paragraph").asInt()).isEqualTo(8);
        assertThat(h.get("score").asDouble()).isEqualTo(3.407);
        assertThat(h.get("snippet").asText()).isEqualTo("**“Union State”**");
        assertThat(h.get("id").isNull()).isTrue();
    }

    @Test
    void plainLinesNumberTheHitsWithTwoDecimalsAndSayHowToQuiz() {
        List<String> lines = SearchOutput.lines("Krums", List.of(question("krums-author", 2.0892f, "Krūms"), article(8, 3.4f)));
        assertThat(lines).containsExactly("1. krums-author  (a-set, source a-source)  2.09", "   Said **Krūms**",
                "2. article integration-or-imitation, paragraph 8  3.40", "   **“Union State”**",
                "A quiz on these: sourcequiz quiz --search 'Krums'");
        assertThat(SearchOutput.twoDecimals(0.05f)).isEqualTo("0.05");
        assertThat(SearchOutput.twoDecimals(12.999f)).isEqualTo("13.00");
        assertThat(SearchOutput.lines("x y", List.of())).containsExactly("No hits for x y.");
    }
}
