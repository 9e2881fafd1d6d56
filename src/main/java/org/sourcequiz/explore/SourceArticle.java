package org.sourcequiz.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Source;

/**
 * A source as the sources view shows it. With the article's text ({@code full}), its paragraphs
 * are the whole article, each cited passage marked where it is; without it, each cited passage
 * is a paragraph of its own, in the order the bank cites them.
 *
 * @param unplaced ids of questions whose passage is not in the article (validate reports them)
 */
public record SourceArticle(Source source, boolean full, List<ArticleParagraph> paragraphs, List<String> unplaced) {
    public SourceArticle {
        paragraphs = List.copyOf(paragraphs);
        unplaced = List.copyOf(unplaced);
    }

    /** The article's text, paragraph by paragraph, with the bank's passages marked in it. */
    public static SourceArticle full(Bank bank, Source source, String text) {
        List<String> texts = ArticleParagraphs.split(text);
        List<List<PassageMark>> marks = new ArrayList<>();
        texts.forEach(t -> marks.add(new ArrayList<>()));
        FoldedArticle folded = new FoldedArticle(texts);
        List<String> unplaced = new ArrayList<>();
        for (CitedPassage c : Citations.of(bank, source.id())) {
            Optional<FoldedArticle.Span> at = folded.find(c.text());
            if (at.isEmpty()) {
                unplaced.addAll(c.questions());
                continue;
            }
            FoldedArticle.Span s = at.get();
            // A passage over a paragraph break marks its part in each paragraph it covers.
            for (int p = s.fromParagraph(); p <= s.toParagraph(); p++) {
                int start = p == s.fromParagraph() ? s.from() : 0;
                int end = p == s.toParagraph() ? s.to() : texts.get(p).length();
                marks.get(p).add(new PassageMark(start, end, c.questions()));
            }
        }
        List<ArticleParagraph> paragraphs = new ArrayList<>();
        for (int p = 0; p < texts.size(); p++) {
            List<PassageMark> m = marks.get(p);
            m.sort(Comparator.comparingInt(PassageMark::start).thenComparingInt(PassageMark::end));
            paragraphs.add(new ArticleParagraph(texts.get(p), m, questions(m)));
        }
        return new SourceArticle(source, true, paragraphs, unplaced);
    }

    /** Without the article's text: the cited passages alone, each marked whole. */
    public static SourceArticle citedOnly(Bank bank, Source source) {
        List<ArticleParagraph> paragraphs = new ArrayList<>();
        for (CitedPassage c : Citations.of(bank, source.id())) {
            PassageMark whole = new PassageMark(0, c.text().length(), c.questions());
            paragraphs.add(new ArticleParagraph(c.text(), List.of(whole), c.questions()));
        }
        return new SourceArticle(source, false, paragraphs, List.of());
    }

    private static List<String> questions(List<PassageMark> marks) {
        Set<String> ids = new LinkedHashSet<>();
        marks.forEach(m -> ids.addAll(m.questions()));
        return List.copyOf(ids);
    }

    /** The first paragraph that cites question {@code id}, or -1. */
    public int paragraphOf(String questionId) {
        for (int p = 0; p < paragraphs.size(); p++) {
            if (paragraphs.get(p).questions().contains(questionId)) {
                return p;
            }
        }
        return -1;
    }
}
