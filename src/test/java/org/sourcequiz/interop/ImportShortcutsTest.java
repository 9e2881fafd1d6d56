package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The import's shortcuts (HTML without markup read without jsoup, ASCII ids made without
 * Unicode normalisation) give what the long way gives, on generated texts.
 */
class ImportShortcutsTest {
    private static final String ALPHABET = "aZ9 \t\n\r\u000B\f-_.:'\"/\\#=~{}()[]*%°éß\u00A0\u2028\u200F\u001B";

    private static String random(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void htmlWithoutMarkupReadsAsJsoupReadsIt() {
        Random r = new Random(15);
        for (int i = 0; i < 5000; i++) {
            String s = random(r, ALPHABET, 40);
            // An empty element makes the text markup, and adds nothing to what is read.
            PlainText.Result viaJsoup = PlainText.of(new Formatted(s + "<span></span>", TextFormat.HTML));
            assertThat(PlainText.of(new Formatted(s, TextFormat.HTML))).as("[%s]", s).isEqualTo(viaJsoup);
        }
    }

    @Test
    void emptyTextsStayEmptyInEveryFormat() {
        for (TextFormat f : TextFormat.values()) {
            assertThat(PlainText.of(new Formatted("", f))).isEqualTo(new PlainText.Result("", false));
        }
    }

    @Test
    void asciiSlugsAreTheNormalisedOnes() {
        Random r = new Random(6);
        for (int i = 0; i < 5000; i++) {
            String s = random(r, "aZq09 -_.:'\"/!?~\t", 70);
            String longWay = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (longWay.length() > 48) {
                int cut = longWay.lastIndexOf('-', 48);
                longWay = longWay.substring(0, cut > 24 ? cut : 48).replaceAll("^-+|-+$", "");
            }
            assertThat(Slug.of(s)).as("[%s]", s).isEqualTo(longWay);
        }
        assertThat(Slug.of("Zapad-2021: the dates?")).isEqualTo("zapad-2021-the-dates");
        assertThat(Slug.of("Café Müller")).isEqualTo("cafe-muller");
    }

    @Test
    void writtenScalarsEscapeWhatYamlNeeds() {
        String text = "plain \"quoted\" back\\slash\nline\ttab \u0085 \u2028 \uFEFF é";
        String file = SetFileWriter.write(new org.sourcequiz.model.QuestionSet("s", text, "", java.util.List.of(),
                java.util.List.of(), "s.yaml", true));
        assertThat(file).contains("title: \"plain \\\"quoted\\\" back\\\\slash\\nline\\ttab \\u0085 \\u2028 \\uFEFF é\"\n");
    }
}
