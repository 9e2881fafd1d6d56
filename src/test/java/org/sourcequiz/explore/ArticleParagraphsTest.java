package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where an article's paragraphs are: blank lines, or each line when the text has single line breaks. */
class ArticleParagraphsTest {
    @Test
    void blankLinesSeparateOneLineParagraphs() {
        assertThat(ArticleParagraphs.split("Title\n\nFirst paragraph.\n\n\nSecond one.\n"))
                .containsExactly("Title", "First paragraph.", "Second one.");
    }

    @Test
    void withoutBlankLinesEveryLineIsAParagraph() {
        assertThat(ArticleParagraphs.split("One.\nTwo.\r\nThree.")).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void hardWrappedBlocksAreJoinedIntoParagraphs() {
        assertThat(ArticleParagraphs.split("A long paragraph\nwrapped over lines.\n\nAnother one,\nwrapped too.\n\nShort."))
                .containsExactly("A long paragraph wrapped over lines.", "Another one, wrapped too.", "Short.");
    }

    @Test
    void aLineOfNoBreakSpacesIsBlankAndEndsAreTrimmed() {
        assertThat(ArticleParagraphs.split("  Dateline \n\u00A0\nBody text.\u00A0\n")).containsExactly("Dateline", "Body text.");
    }

    @Test
    void anEmptyTextHasNoParagraphs() {
        assertThat(ArticleParagraphs.split("\n \n")).isEmpty();
    }
}
