package org.sourcequiz.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.text.Typography;

/**
 * An article's paragraphs folded the way passage checks fold text ({@link Typography#fold}: white
 * space, typographic quotes, apostrophes and dashes, nothing else), with, for each folded
 * character, the paragraph and position it came from. Paragraphs are joined by a space, so a
 * passage that runs over a paragraph break is found as validate finds it in the whole file.
 */
final class FoldedArticle {
    /** Where a passage is, in the paragraphs: from (paragraph, offset) to (paragraph, end offset, exclusive). */
    record Span(int fromParagraph, int from, int toParagraph, int to) {}

    private final String folded;
    private final int[] paragraph;
    private final int[] offset;

    FoldedArticle(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        int size = paragraphs.stream().mapToInt(p -> p.length() + 1).sum() + 1;
        int[] para = new int[size];
        int[] off = new int[size];
        boolean space = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            space = space || b.length() > 0;
            for (int i = 0; i < text.length(); i++) {
                // Folding one character at a time gives the same result as folding the whole text
                // (a white-space character folds to nothing, any other to one character) and keeps
                // track of where each folded character came from.
                String c = Typography.fold(String.valueOf(text.charAt(i)));
                if (c.isEmpty()) {
                    space = true;
                    continue;
                }
                if (space && b.length() > 0) {
                    para[b.length()] = p;
                    off[b.length()] = i;
                    b.append(' ');
                }
                space = false;
                para[b.length()] = p;
                off[b.length()] = i;
                b.append(c);
            }
        }
        this.folded = b.toString();
        this.paragraph = Arrays.copyOf(para, b.length());
        this.offset = Arrays.copyOf(off, b.length());
    }

    /** The first place the passage is, compared after folding both; empty when it is not in the article. */
    Optional<Span> find(String passage) {
        String p = Typography.fold(passage);
        int at = p.isEmpty() ? -1 : folded.indexOf(p);
        if (at < 0) {
            return Optional.empty();
        }
        int last = at + p.length() - 1;
        return Optional.of(new Span(paragraph[at], offset[at], paragraph[last], offset[last] + 1));
    }
}
