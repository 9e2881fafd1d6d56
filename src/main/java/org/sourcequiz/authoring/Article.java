package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text with the offsets where its lines start, so every fact found in it can be
 * reported by line. {@code fileName} is the name that sources.yaml's {@code file} gives.
 */
public record Article(String fileName, String text, int[] lineStarts) {

    public static Article of(String fileName, String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return new Article(fileName, text, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The 1-based line of the character at {@code offset}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The text of each line, without its line break. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lineStarts.length; i++) {
            int end = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length();
            String line = text.substring(lineStarts[i], end);
            out.add(line.replaceAll("[\r\n]+$", ""));
        }
        return out;
    }

    /** The first line with any text in it: the headline, in the articles we draft from. */
    public String title() {
        return lines().stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
