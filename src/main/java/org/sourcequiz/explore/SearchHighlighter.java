package org.sourcequiz.explore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's UnifiedHighlighter, giving each hit's best sentence as a {@link SearchSnippet} (its
 * parts, not HTML). The query runs on the field of all texts; any field's words may match it.
 */
final class SearchHighlighter extends UnifiedHighlighter {
    /** A snippet longer than this is cut around its first match. */
    static final int MAX_CHARS = 240;

    SearchHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new Formatter()));
    }

    /** For each document, its snippet from the first field (of {@link IndexFields#SNIPPET_FIELDS}) with a match, or null. */
    SearchSnippet[] snippets(Query query, int[] docs) throws IOException {
        String[] fields = IndexFields.SNIPPET_FIELDS;
        int[] one = new int[fields.length];
        java.util.Arrays.fill(one, 1);
        Map<String, Object[]> found = highlightFieldsAsObjects(fields, query, docs, one);
        SearchSnippet[] out = new SearchSnippet[docs.length];
        for (int d = 0; d < docs.length; d++) {
            for (String f : fields) {
                Object[] perDoc = found.get(f);
                if (out[d] == null && perDoc != null && perDoc[d] instanceof List<?> parts && !parts.isEmpty()) {
                    List<SearchSnippet.Part> typed = new ArrayList<>();
                    parts.forEach(p -> typed.add((SearchSnippet.Part) p));
                    out[d] = new SearchSnippet(f, typed);
                }
            }
        }
        return out;
    }

    /** The passage's text as parts, cut to {@link #MAX_CHARS} around the first match. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0 || passages[0].getNumMatches() == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            int first = p.getMatchStarts()[0];
            if (end - start > MAX_CHARS) {
                start = Math.max(start, Math.min(first - MAX_CHARS / 3, end - MAX_CHARS));
                start = wordStart(content, start, p.getStartOffset());
                end = Math.min(end, start + MAX_CHARS);
            }
            List<SearchSnippet.Part> parts = new ArrayList<>();
            if (start > p.getStartOffset()) {
                parts.add(new SearchSnippet.Part("…", false));
            }
            int at = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = Math.max(p.getMatchStarts()[i], at);
                int me = Math.min(p.getMatchEnds()[i], end);
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
            if (end < p.getEndOffset()) {
                parts.add(new SearchSnippet.Part("…", false));
            }
            return parts;
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
}
