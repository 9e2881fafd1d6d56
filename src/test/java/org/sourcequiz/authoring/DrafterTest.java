package org.sourcequiz.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrafterTest {
    private static List<Draft> drafts(String text) {
        return Drafter.draft(FactFinder.find(Article.of("a.txt", "Headline\n\n4 November 2021\n\n" + text + "\n")), "a");
    }

    private static String promptAsking(List<Draft> drafts, String answer) {
        return drafts.stream().filter(d -> d.fact() == FactKind.DATE && d.passage().contains(answer))
                .filter(d -> d.line() > 4).findFirst().orElseThrow().prompt();
    }

    @Test
    void aGapIsQuotedOnceWhetherOrNotTheSentenceOpensWithItsOwnQuotationMark() {
        List<Draft> drafts = drafts("The talks began on 9 September 2021 in Moscow.\n\n"
                + "“Does he repeat his 2014 maneuver, or does he wait?” asked one analyst.");
        assertThat(promptAsking(drafts, "9 September 2021"))
                .isEqualTo("Which date fills the gap? “The talks began on ____ in Moscow.”");
        assertThat(promptAsking(drafts, "2014"))
                .startsWith("Which date fills the gap? “Does he repeat his ____ maneuver").doesNotContain("““");
    }
}
