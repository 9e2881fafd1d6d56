package org.sourcequiz.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * How an article's text falls into paragraphs for the sources view. Most of the articles the bank
 * quotes put each paragraph on one line with a blank line between (four of the five), and one
 * has no blank line at all, each paragraph on its line; a hard-wrapped article would instead have
 * blocks of several lines between blank lines. So: when most blocks between blank lines span
 * several lines, a block is a paragraph (its lines joined by a space); otherwise every non-blank
 * line is one. White space at either end of a paragraph is dropped, nothing else is changed.
 */
public final class ArticleParagraphs {
    private ArticleParagraphs() {}

    public static List<String> split(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String t = strip(line);
            if (t.isEmpty()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(t);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        long wrapped = blocks.stream().filter(b -> b.size() > 1).count();
        boolean byBlock = blocks.size() > 1 && wrapped * 2 > blocks.size();
        List<String> out = new ArrayList<>();
        for (List<String> b : blocks) {
            if (byBlock) {
                out.add(String.join(" ", b));
            } else {
                out.addAll(b);
            }
        }
        return out;
    }

    /** Like {@link String#strip}, but a no-break space (a "blank" line in one article is one) counts as white space too. */
    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && blank(s.charAt(from))) {
            from++;
        }
        while (to > from && blank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
