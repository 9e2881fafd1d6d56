package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any input is a query: Lucene's syntax characters are words or nothing, never an error. */
class SearchQueryFuzzTest {
    private static final SearchIndex INDEX = SearchIndexTest.INDEX;
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 2_000);

    @ParameterizedTest
    @ValueSource(strings = {":", "(", ")", "AND", "OR NOT", "*", "?", "\"", "\"Zapad", "Zapad\"", "\"\"", "\" \"",
            "field:Zapad", "Zapad AND (Putin", "Zap*", "+Zapad -Putin", "Zapad~2", "Zapad^10", "[a TO z]", "{a TO z}",
            "/reg.*ex/", "\\", "&&", "||", "!", "\u0000", "\u001b[31m", "𝕏 🚀", "\uD800", "", "   "})
    void hostileInputsAreWordsOrNothing(String input) {
        assertThatCode(() -> INDEX.search(input, 20)).doesNotThrowAnyException();
    }

    @Test
    void syntaxAroundAWordDoesNotChangeWhatItFinds() {
        List<String> plain = ids("Zapad");
        assertThat(plain).isNotEmpty();
        assertThat(ids("Zapad:")).isEqualTo(plain);
        assertThat(ids("(Zapad")).isEqualTo(plain);
        assertThat(ids("Zapad*")).isEqualTo(plain);
        assertThat(ids("\"Zapad")).isEqualTo(plain);
        assertThat(ids("Zapad AND")).containsAll(plain);
    }

    @Test
    void anInputWithoutWordsIsAnEmptyQuery() {
        assertThat(INDEX.query(":( * \" -").isEmpty()).isTrue();
        assertThat(INDEX.search(":( * \" -", 10)).isEmpty();
    }

    @Test
    void aVeryLongInputKeepsItsFirstWords() {
        String many = "Zapad ".repeat(5_000);
        SearchQuery q = INDEX.query(many);
        assertThat(q.words()).hasSize(SearchQuery.MAX_WORDS);
        assertThat(INDEX.search(many, 5)).isNotEmpty();
        String phrases = "\"union state\" ".repeat(500);
        assertThatCode(() -> INDEX.search(phrases, 5)).doesNotThrowAnyException();
    }

    @Test
    void randomInputsNeverThrow() {
        Random r = new Random(Long.getLong("fuzz.seed", 16));
        String alphabet = "abcdefghijklmnopqrstuvwxyzZapadKrūmsPutin0123456789 :()[]{}\"'*?~^+-!&|\\/AND OR NOT\t\n\u0000ёйü";
        for (int i = 0; i < INPUTS; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(60);
            for (int j = 0; j < n; j++) {
                b.append(r.nextInt(20) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String input = b.toString();
            assertThatCode(() -> INDEX.search(input, 10)).as("input %s", input).doesNotThrowAnyException();
        }
    }

    private static List<String> ids(String input) {
        return INDEX.search(input, 100).stream().map(SearchHit::questionId).toList();
    }
}
