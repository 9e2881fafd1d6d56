package org.sourcequiz.authoring;

/**
 * Where a fact is: the words that state it ({@code text}, at {@code start}..{@code end} of the
 * article, on {@code line}) and the verbatim passage around it (one to three whole sentences).
 */
public record Spot(String text, int start, int end, int line, String passage, int passageStart, int passageEnd) {
    static Spot in(Article article, Sentence sentence, int start, int end) {
        return new Spot(article.text().substring(start, end), start, end, article.lineOf(start),
                sentence.text(), sentence.start(), sentence.end());
    }
}
