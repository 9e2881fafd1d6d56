package org.sourcequiz.authoring;

/** One sentence of an article: its verbatim text, its offsets in the article and the line it starts on. */
public record Sentence(String text, int start, int end, int line) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
