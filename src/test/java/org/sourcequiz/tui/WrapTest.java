package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word wrapping by terminal columns, with styles and hanging indents. */
class WrapTest {
    static List<String> rows(List<Line> lines) {
        return lines.stream().map(Line::plainText).toList();
    }

    @Test
    void wrapsAtSpacesKeepsLeadingIndentAndHangsContinuations() {
        List<Line> l = Wrap.spans(List.of(Span.plain(" 1. "), Span.plain("one two three four five")), 12, 4);
        assertThat(rows(l)).containsExactly(" 1. one two", "    three", "    four", "    five");
    }

    @Test
    void aHighlightedWordFollowedByPunctuationStaysTogether() {
        List<Line> l = Wrap.spans(List.of(Span.plain("held the “"), Span.of("Zapad-2021", Style.HIGHLIGHT), Span.plain("”.")), 14, 0);
        assertThat(rows(l)).containsExactly("held the", "“Zapad-2021”.");
        assertThat(l.get(1).left()).extracting(Span::style).containsExactly(Style.PLAIN, Style.HIGHLIGHT, Style.PLAIN);
    }

    @Test
    void wideCharactersCountTwoColumnsAndLongWordsAreCut() {
        assertThat(Wrap.width("日本")).isEqualTo(4);
        assertThat(rows(Wrap.text("日本語の文", Style.PLAIN, 4))).containsExactly("日本", "語の", "文");
        assertThat(rows(Wrap.text("abcdefgh", Style.PLAIN, 3))).containsExactly("abc", "def", "gh");
    }

    @Test
    void newlinesStartRowsAndFitEndsInAnEllipsis() {
        assertThat(rows(Wrap.text("a\nb c", Style.PLAIN, 10))).containsExactly("a", "b c");
        assertThat(Wrap.fit("Krūms: Lukashenko's swan song", 10)).isEqualTo("Krūms: Lu…");
    }

    @Test
    void controlCharactersAreReplacedBeforeTheyAreMeasuredOrDrawn() {
        assertThat(Span.plain("a\u001b[2Jb\u009bc").text()).isEqualTo("a\uFFFD[2Jb\uFFFDc");
    }
}
