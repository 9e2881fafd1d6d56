package org.sourcequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcequiz.engine.GivenDate;

/**
 * Everything the fact finder found in one article, in article order, with the article's own
 * date when it states one (a full date on a short line among its first lines).
 */
public record Facts(Article article, List<Sentence> sentences, List<DateFact> dates, List<FigureFact> figures,
                    List<QuoteFact> quotes, List<Person> people, Optional<GivenDate> published) {
    public Facts {
        dates = List.copyOf(dates);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }

    /** Dates, figures and quotes, in the order the article states them. */
    public List<Fact> all() {
        List<Fact> out = new ArrayList<>(Stream.of(dates, figures, quotes).flatMap(List::stream).toList());
        out.sort((a, b) -> Integer.compare(a.at().start(), b.at().start()));
        return out;
    }
}
