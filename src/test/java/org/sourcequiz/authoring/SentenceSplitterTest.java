package org.sourcequiz.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(Article.of("a.txt", text)).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsInitialsAndAcronymsDoNotEndASentence() {
        assertThat(split("Mr. Smith met Gen. Jones in the U.S. Embassy. It rained. M. Lukashenko left."))
                .containsExactly("Mr. Smith met Gen. Jones in the U.S. Embassy.", "It rained.", "M. Lukashenko left.");
    }

    @Test
    void aClosingQuoteBelongsToTheSentenceItEnds() {
        assertThat(split("“We must prepare. We will secure it,” Lukashenko said. “Why?” he asked. Then he left."))
                .containsExactly("“We must prepare.", "We will secure it,” Lukashenko said.", "“Why?” he asked.", "Then he left.");
    }

    @Test
    void digitsAndLowerCaseAfterAStopContinueTheSentence() {
        assertThat(split("It found 41. 3% approval at csmonitor. com today.")).containsExactly("It found 41. 3% approval at csmonitor. com today.");
    }

    @Test
    void aLineBreakEndsASentenceAndOffsetsAndLinesAreTheArticles() {
        Article a = Article.of("a.txt", "Title\n\nOn 9 September they met. It was short.\n");
        List<Sentence> s = SentenceSplitter.split(a);
        assertThat(s).extracting(Sentence::text).containsExactly("Title", "On 9 September they met.", "It was short.");
        assertThat(s.get(2).line()).isEqualTo(3);
        assertThat(a.text().substring(s.get(2).start(), s.get(2).end())).isEqualTo("It was short.");
    }
}
