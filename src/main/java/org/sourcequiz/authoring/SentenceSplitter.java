package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into sentences. A line break always ends one (articles here are a paragraph a
 * line). Within a line a sentence ends at . ! ? or … (with any closing quotes or brackets after it)
 * when the next word starts with a capital, a digit-free opening quote or bracket; not after an
 * abbreviation (Mr., Gen., e.g.), an initial (M. Lukashenko) or a dotted acronym (U.S.), and not
 * when what follows starts in lower case (“…?” he asked; csmonitor. com) or is a digit (41. 3%).
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "col", "lt", "capt", "cpt", "sgt", "adm", "gov", "sen",
            "rep", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "no", "nos", "vol", "fig", "inc", "ltd", "co", "corp",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca", "cf",
            "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "min", "pres", "ave");

    private SentenceSplitter() {}

    public static List<Sentence> split(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(article, start, i, out);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                if (endsHere(text, i, end)) {
                    add(article, start, end, out);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(article, start, text.length(), out);
        return out;
    }

    private static boolean endsHere(String text, int mark, int end) {
        int next = end;
        if (next >= text.length() || text.charAt(next) != ' ' && text.charAt(next) != '\t') {
            return false; // "develop?What", "csmonitor.com", end of line: the line break ends it
        }
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
            return false;
        }
        char n = text.charAt(next);
        boolean starts = Character.isUpperCase(n) || isOpener(n);
        if (!starts) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        String word = wordBefore(text, mark);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        // An initial ("M. Lukashenko") or a dotted acronym ("U.S.") before a name.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !(word.matches("(\\p{L}\\.)+\\p{L}") && Character.isUpperCase(n));
    }

    /** The run of letters and inner dots just before {@code mark}. */
    private static String wordBefore(String text, int mark) {
        int i = mark;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.' && i - 1 > 0
                && Character.isLetter(text.charAt(i - 2)))) {
            i--;
        }
        return text.substring(i, mark);
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '"' || c == '‘' || c == '(' || c == '[' || c == '«';
    }

    private static void add(Article article, int start, int end, List<Sentence> out) {
        String text = article.text();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end, article.lineOf(start)));
        }
    }
}
