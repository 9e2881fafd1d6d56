package org.sourcequiz.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.sourcequiz.text.EditDistance;

/**
 * Each hit's best sentence as a {@link SearchSnippet}: the text of its first field (in
 * {@link IndexFields#SNIPPET_FIELDS} order) where the query's words match, read again with the
 * index's analyzer, so a match is what the query would find there: the word itself, a word one
 * edit away (for words of three letters or more, as {@link SearchQuery} asks Lucene), or a whole
 * phrase, marked as one.
 *
 * <p>Lucene's UnifiedHighlighter did this before, and was the costliest part of a first search:
 * for a fuzzy word it walks the field's whole term dictionary once per hit and field, which a
 * cold JVM interprets slowly, and its sentence breaking loads the JDK's locale data. Twenty short
 * texts are read here in a few milliseconds.
 */
final class SearchHighlighter {
    /** A snippet longer than this is cut around its first match. */
    static final int MAX_CHARS = 240;

    private final Analyzer analyzer;

    SearchHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private record Token(String term, int start, int end) {}

    /** The snippet of a document, or null when none of its texts has a match (a hit on a word's near miss alone). */
    SearchSnippet snippet(Document d, SearchQuery q) {
        for (String field : IndexFields.SNIPPET_FIELDS) {
            String text = d.get(field);
            if (text == null || text.isEmpty()) {
                continue;
            }
            List<int[]> matches = matches(tokens(field, text), q);
            if (!matches.isEmpty()) {
                return new SearchSnippet(field, format(text, matches));
            }
        }
        return null;
    }

    private List<Token> tokens(String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            // Reading a String cannot fail.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Start and end offsets of each match, in text order; a phrase is one match from its first word to its last. */
    static List<int[]> matches(List<Token> tokens, SearchQuery q) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int phrase = phraseAt(tokens, i, q);
            if (phrase > 0) {
                out.add(new int[] {tokens.get(i).start(), tokens.get(i + phrase - 1).end()});
                i += phrase - 1;
            } else if (wordMatches(tokens.get(i).term(), q)) {
                out.add(new int[] {tokens.get(i).start(), tokens.get(i).end()});
            }
        }
        return out;
    }

    /** The length of the longest of the query's phrases that starts at token {@code i}, or 0. */
    private static int phraseAt(List<Token> tokens, int i, SearchQuery q) {
        int best = 0;
        for (List<String> p : q.phrases()) {
            if (p.size() > best && i + p.size() <= tokens.size()) {
                boolean all = true;
                for (int k = 0; k < p.size() && all; k++) {
                    all = tokens.get(i + k).term().equals(p.get(k));
                }
                best = all ? p.size() : best;
            }
        }
        return best;
    }

    private static boolean wordMatches(String term, SearchQuery q) {
        for (String w : q.words()) {
            if (term.equals(w) || SearchQuery.forgiving(w) && EditDistance.within(term, w, 1)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence with the most matches (the first of equals), cut to {@link #MAX_CHARS} around its first match. */
    private static List<SearchSnippet.Part> format(String content, List<int[]> matches) {
        int[] sentence = bestSentence(content, matches);
        int start = sentence[0];
        int end = sentence[1];
        int first = -1;
        for (int[] m : matches) {
            if (m[0] >= start && first < 0) {
                first = m[0];
            }
        }
        if (end - start > MAX_CHARS) {
            int from = Math.max(start, Math.min(first - MAX_CHARS / 3, end - MAX_CHARS));
            int cut = wordStart(content, from, start);
            end = Math.min(end, cut + MAX_CHARS);
            start = cut;
        }
        List<SearchSnippet.Part> parts = new ArrayList<>();
        if (start > sentence[0]) {
            parts.add(new SearchSnippet.Part("…", false));
        }
        int at = start;
        for (int[] m : matches) {
            int ms = Math.max(m[0], at);
            int me = Math.min(m[1], end);
            if (ms >= me) {
                continue;
            }
            if (ms > at) {
                parts.add(new SearchSnippet.Part(content.substring(at, ms), false));
            }
            parts.add(new SearchSnippet.Part(content.substring(ms, me), true));
            at = me;
        }
        if (at < end) {
            parts.add(new SearchSnippet.Part(content.substring(at, end).stripTrailing(), false));
        }
        if (end < sentence[1]) {
            parts.add(new SearchSnippet.Part("…", false));
        }
        return parts;
    }

    /** Start and end of the sentence with the most matches; sentences end at . ! ? or … (and closing quotes) before a space. */
    static int[] bestSentence(String content, List<int[]> matches) {
        int[] best = null;
        int bestCount = 0;
        int start = 0;
        while (start < content.length()) {
            int end = sentenceEnd(content, start);
            int count = 0;
            for (int[] m : matches) {
                count += m[0] >= start && m[0] < end ? 1 : 0;
            }
            if (count > bestCount) {
                best = new int[] {start, end};
                bestCount = count;
            }
            start = end;
            while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
        }
        return best != null ? best : new int[] {0, content.length()};
    }

    private static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < s.length() && "\"'”’)]".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j == s.length() || Character.isWhitespace(s.charAt(j)) && j + 1 < s.length() && !Character.isLowerCase(s.charAt(j + 1))) {
                    return j;
                }
            }
        }
        return s.length();
    }

    /** Back to the start of the word at {@code at}, so a cut snippet does not begin mid-word. */
    private static int wordStart(String content, int at, int floor) {
        int i = at;
        while (i > floor && !Character.isWhitespace(content.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
