package org.sourcequiz.tui;

import java.util.List;
import org.sourcequiz.model.Source;

/**
 * The sources and their articles as the sources view shows them, supplied from outside the text
 * UI (which reads no files): each source with its counts, and one source's article with its cited
 * passages marked, or the cited passages alone with a note saying why.
 */
public interface ArticleShelf {
    List<Entry> entries();

    Article article(String sourceId);

    /** No sources known: the article key says so instead of opening anything. */
    ArticleShelf NONE = new ArticleShelf() {
        @Override
        public List<Entry> entries() {
            return List.of();
        }

        @Override
        public Article article(String sourceId) {
            throw new IllegalStateException("no articles on this shelf");
        }
    };

    /** A source, how many questions cite it and how many distinct passages they quote. */
    record Entry(Source source, int questions, int passages) {}

    /**
     * @param full  true when the paragraphs are the whole article; false when they are the cited passages alone
     * @param note  why the article is not shown whole, or ""
     */
    record Article(Source source, boolean full, String note, List<Paragraph> paragraphs) {
        public Article {
            paragraphs = List.copyOf(paragraphs);
        }

        /** The first paragraph that question {@code id} cites, or -1. */
        int paragraphOf(String questionId) {
            for (int p = 0; p < paragraphs.size(); p++) {
                if (paragraphs.get(p).questions().contains(questionId)) {
                    return p;
                }
            }
            return -1;
        }
    }

    /** A paragraph, the cited characters [start, end) in it, and the questions citing them. */
    record Paragraph(String text, List<Mark> marks, List<String> questions) {
        public Paragraph {
            marks = List.copyOf(marks);
            questions = List.copyOf(questions);
        }

        boolean cited() {
            return !questions.isEmpty();
        }
    }

    record Mark(int start, int end) {}
}
