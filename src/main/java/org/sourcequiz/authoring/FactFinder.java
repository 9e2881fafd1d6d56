package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.GivenDate;

/**
 * Finds the dates, figures and quotations of an article, and the people it names. Rule-based and
 * deterministic: the same text gives the same facts. A figure inside a date (the 9 of 9 September,
 * the year 2020) belongs to the date.
 */
public final class FactFinder {
    /** The article's own date is stated near its top: headline, byline, date line. */
    private static final int HEADER_LINES = 6;

    /**
     * The year given to a day or month of an undated article: a placeholder (a leap year, so 29
     * February reads), never shown; such dates are asked as choices among day-and-month options.
     */
    static final int NO_YEAR = 2000;

    private FactFinder() {}

    public static Facts find(Article article) {
        List<Sentence> sentences = SentenceSplitter.split(article);
        Optional<GivenDate> published = published(article, sentences);
        int year = published.map(GivenDate::year).orElse(NO_YEAR);
        List<DateFact> dates = DateFinder.find(article, sentences, year);
        List<FigureFact> figures = new ArrayList<>();
        for (FigureFact f : FigureFinder.find(article, sentences)) {
            boolean inDate = dates.stream().anyMatch(d -> d.at().start() < f.numberEnd() && f.numberStart() < d.at().end());
            boolean twice = figures.stream().anyMatch(g -> g.numberStart() < f.numberEnd() && f.numberStart() < g.numberEnd());
            if (!inDate && !twice) {
                figures.add(f);
            }
        }
        figures.sort((a, b) -> Integer.compare(a.at().start(), b.at().start()));
        List<Person> people = PersonFinder.find(article, sentences);
        List<QuoteFact> quotes = QuoteFinder.find(article, sentences, new Names(article, people));
        return new Facts(article, sentences, dates, figures, quotes, people, published);
    }

    private static Optional<GivenDate> published(Article article, List<Sentence> sentences) {
        int headerEnd = 0;
        int seen = 0;
        for (String line : article.lines()) {
            if (!line.isBlank() && ++seen > HEADER_LINES) {
                break;
            }
            headerEnd += line.length() + 1;
        }
        int limit = headerEnd;
        List<Sentence> header = sentences.stream().filter(s -> s.start() < limit && s.text().length() <= 60).toList();
        return DateFinder.find(article, header, 0).stream()
                .filter(d -> !d.isRange() && d.yearStated() && d.date().day() != 0)
                .map(DateFact::date).findFirst();
    }
}
