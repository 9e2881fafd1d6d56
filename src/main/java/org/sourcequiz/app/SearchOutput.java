package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.text.TerminalSafety;

/**
 * What `search` prints: the JSON of README's "Searching" section and the numbered lines of plain
 * mode. The JSON is written here, not by Jackson, in the layout {@link Json} gives (its pretty
 * printer's): a cold ObjectMapper cost a first search more than the search itself (its date
 * formats load the JDK's calendar and time-zone data). {@code SearchOutputTest} holds the two equal.
 */
public final class SearchOutput {
    private static final String HEX = "0123456789ABCDEF";

    private SearchOutput() {}

    /** The words as one query, once the options make sense together; a usage error (exit 2) when they do not. */
    public static String query(List<String> words, int limit) {
        if (limit < 1) {
            throw new UsageException("--limit must be 1 or more, not " + limit);
        }
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw new UsageException("give the words to search for, e.g. `sourcequiz search Zapad` or `sourcequiz search \"Union State\"`");
        }
        return query;
    }

    /** {"hits":[...]}, best first; every hit has the same keys, in this order. */
    public static String json(List<SearchHit> hits) {
        StringBuilder b = new StringBuilder("{\n  \"hits\" : [");
        if (hits.isEmpty()) {
            return b.append(" ]\n}").toString();
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            boolean article = h.type() == SearchHit.Type.ARTICLE;
            b.append(i == 0 ? " {\n" : ", {\n");
            field(b, "type", string(article ? "article" : "question"), false);
            field(b, "id", string(h.questionId()), false);
            field(b, "set", string(h.setId()), false);
            field(b, "source", string(h.sourceId()), false);
            field(b, "paragraph", article ? Integer.toString(h.paragraph()) : "null", false);
            field(b, "score", Double.toString(score(h)), false);
            field(b, "snippet", string(h.snippet().marked("**", "**")), true);
            b.append("  }");
        }
        return b.append(" ]\n}").toString();
    }

    /** BM25's score to three decimals: more would only be noise between runs of a changed bank. */
    static double score(SearchHit h) {
        return Math.round(h.score() * 1000) / 1000.0;
    }

    private static void field(StringBuilder b, String name, String value, boolean last) {
        b.append("    \"").append(name).append("\" : ").append(value).append(last ? "\n" : ",\n");
    }

    /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, the rest as is. */
    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Plain mode: two lines a hit (where it is and its score, then the snippet), then how to quiz on them. */
    public static List<String> lines(String query, List<SearchHit> hits) {
        List<String> out = new ArrayList<>();
        if (hits.isEmpty()) {
            out.add("No hits for " + TerminalSafety.sanitize(query.strip()) + ".");
            return out;
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            out.add((i + 1) + ". " + TerminalSafety.sanitize(where(h)) + "  " + twoDecimals(h.score()));
            out.add("   " + TerminalSafety.oneLine(h.snippet().marked("**", "**")));
        }
        if (hits.stream().anyMatch(h -> h.question().isPresent())) {
            out.add("A quiz on these: sourcequiz quiz --search " + TerminalSafety.sanitize(shellWord(query.strip())));
        }
        return out;
    }

    /** A question's id, set and source; an article's source and paragraph. */
    public static String where(SearchHit h) {
        return h.type() == SearchHit.Type.QUESTION
                ? h.questionId() + "  (" + h.setId() + ", source " + h.sourceId() + ")"
                : "article " + h.sourceId() + ", paragraph " + h.paragraph();
    }

    /** As %.2f would, without the Formatter (and its locale data) in a cold JVM. */
    static String twoDecimals(float score) {
        long hundredths = Math.round(score * 100.0);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    private static String shellWord(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
