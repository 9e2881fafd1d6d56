package org.sourcequiz.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the user typed, as a Lucene query built from the analyzer's words, never through a query
 * parser: {@code :}, {@code (}, {@code AND}, {@code *} and a lone quote are words or nothing, so
 * no input is an error. Text between a pair of double quotes is a phrase that must appear; other
 * words may (the more of them a document has, the higher it ranks), each forgiving one slip or
 * swap of two letters.
 *
 * @param words   the single words, analyzed (lower case, ASCII)
 * @param phrases each phrase's words, analyzed; a one-word "phrase" is a word
 */
public record SearchQuery(List<String> words, List<List<String>> phrases) {
    /** More words than this are left out: each costs the query up to {@link #EXPANSIONS} + 1 clauses of Lucene's 1,024. */
    public static final int MAX_WORDS = 40;
    /** How many similar words of the index one typed word may stand for. */
    static final int EXPANSIONS = 20;
    /** Long pasted text is cut here before it is read. */
    static final int MAX_INPUT = 2_000;

    public SearchQuery {
        words = List.copyOf(words);
        phrases = phrases.stream().map(List::copyOf).toList();
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    static SearchQuery parse(String input, Analyzer analyzer) {
        String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        List<String> words = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        int budget = MAX_WORDS;
        int at = 0;
        while (at < text.length() && budget > 0) {
            int open = text.indexOf('"', at);
            int close = open < 0 ? -1 : text.indexOf('"', open + 1);
            if (close < 0) {
                // No quote left, or one without its partner: the rest are plain words.
                budget -= addWords(analyze(analyzer, text.substring(at).replace('"', ' ')), words, budget);
                break;
            }
            budget -= addWords(analyze(analyzer, text.substring(at, open)), words, budget);
            List<String> phrase = analyze(analyzer, text.substring(open + 1, close));
            if (phrase.size() == 1) {
                budget -= addWords(phrase, words, budget);
            } else if (phrase.size() > 1 && budget > 0) {
                List<String> kept = phrase.subList(0, Math.min(phrase.size(), budget));
                phrases.add(kept);
                budget -= kept.size();
            }
            at = close + 1;
        }
        return new SearchQuery(words, phrases);
    }

    private static int addWords(List<String> found, List<String> words, int budget) {
        int n = Math.min(found.size(), budget);
        words.addAll(found.subList(0, n));
        return n;
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.ALL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // Reading a String cannot fail.
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The Lucene query over the field that holds every text. */
    Query toLucene() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) {
            b.add(word(w), Occur.SHOULD);
        }
        for (List<String> p : phrases) {
            b.add(phrase(p), Occur.MUST);
        }
        return b.build();
    }

    /** The word itself, and words one edit (a slip, a missing or extra letter, two letters swapped) away. */
    private static Query word(String w) {
        Term t = new Term(IndexFields.ALL, w);
        if (!forgiving(w)) {
            return new TermQuery(t);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(t), Occur.SHOULD)
                .add(new FuzzyQuery(t, 1, 0, EXPANSIONS, true), Occur.SHOULD)
                .build();
    }

    /** Whether a word also finds words one edit away: not a short one, as one edit from a two-letter word is almost every short word. */
    static boolean forgiving(String w) {
        return w.codePointCount(0, w.length()) >= 3;
    }

    private static Query phrase(List<String> words) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (String w : words) {
            b.add(new Term(IndexFields.ALL, w));
        }
        return b.build();
    }
}
