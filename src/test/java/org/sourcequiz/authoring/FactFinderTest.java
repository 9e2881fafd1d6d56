package org.sourcequiz.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.GivenDate;

class FactFinderTest {
    private static Facts find(String text) {
        return FactFinder.find(Article.of("a.txt", "Headline\n\n4 November 2021\n\n" + text + "\n"));
    }

    private static List<String> dates(String text) {
        return find(text).dates().stream().filter(d -> d.at().line() > 4).map(d -> d.at().text() + "=" + d.date() + (d.isRange() ? ".." + d.until() : "")).toList();
    }

    @Test
    void findsDatesInEveryCommonForm() {
        assertThat(dates("The union dates from December 8, 1999 and was signed on 22.10.2021.")).containsExactly(
                "December 8, 1999=GivenDate[year=1999, month=12, day=8]", "22.10.2021=GivenDate[year=2021, month=10, day=22]");
        assertThat(dates("They met in September, and again on September 10-16.")).containsExactly(
                "September=GivenDate[year=2021, month=9, day=0]",
                "September 10-16=GivenDate[year=2021, month=9, day=10]..GivenDate[year=2021, month=9, day=16]");
        assertThat(dates("Prices rose since 2000 and will fall by 2030 over 2021–3 and January-June.")).containsExactly(
                "since 2000=GivenDate[year=2000, month=0, day=0]", "by 2030=GivenDate[year=2030, month=0, day=0]",
                "2021–3=GivenDate[year=2021, month=0, day=0]..GivenDate[year=2023, month=0, day=0]",
                "January-June=GivenDate[year=2021, month=1, day=0]..GivenDate[year=2021, month=6, day=0]");
    }

    @Test
    void theArticlesOwnDateIsTheOneOnAShortLineAtTheTop() {
        assertThat(find("Nothing else.").published()).contains(new GivenDate(2021, 11, 4));
        assertThat(FactFinder.find(Article.of("a.txt", "Headline\n\nA long first paragraph without any date in it.\n")).published()).isEmpty();
    }

    @Test
    void findsFiguresWithCurrencyUnitsPercentagesAndRanks() {
        List<String> figures = find("The bill was $17.8 billion, 34.9 percent of it for 28 union programmes. "
                + "It is the third largest economy; Belarus sent 36–44 Ural trucks and three Su-30SM fighters.")
                .figures().stream().map(f -> f.number() + "|" + f.value().toPlainString() + (f.high() != null ? ".." + f.high() : "")
                        + "|" + f.unit()).toList();
        assertThat(figures).containsExactly("$17.8 billion|17800000000|US dollars", "34.9 percent|34.9|%",
                "28|28|union programmes", "third|3|largest economy", "36–44|36..44|Ural trucks", "three|3|Su-30SM fighters");
    }

    @Test
    void digitsInNamesAndDaysInDatesAreNoFigures() {
        assertThat(find("Zapad-2021 used S-400 and Su-30SM jets against Covid-19 on 9 September.").figures()).isEmpty();
    }

    @Test
    void findsQuotationsWithTheirSpeakers() {
        List<String> quotes = find("German Finance Minister Olaf Scholz spoke. “Interference is not acceptable at all,” said Olaf Scholz. "
                + "“We will perish as a state,” Lukashenko said. Alexander Lukashenko was there.\n"
                + "Vardomatsky said: “85% of respondents gave a negative answer.”\n"
                + "Viktor Khrenin, Belarus’ minister of defense, claimed that the activity was just a reaction to threats.\n"
                + "According to official sources, 200 thousand people took part.")
                .quotes().stream().map(q -> q.attribution() + "|" + q.speaker()).toList();
        assertThat(quotes).containsExactly("DIRECT|Olaf Scholz", "DIRECT|Alexander Lukashenko", "DIRECT|Vardomatsky",
                "REPORTED|Viktor Khrenin", "ACCORDING_TO|official sources");
    }

    @Test
    void aScareQuoteIsNoQuotation() {
        assertThat(find("The “Union State” is a “sovereign” idea.").quotes()).isEmpty();
    }

    @Test
    void findsPeopleWithTheirRoles() {
        assertThat(find("Oleksii Hromov, the deputy chief of the General Staff, made this statement. Russian expert Julia Ioffe wrote it.")
                .people()).extracting(p -> p.name() + " = " + p.role())
                .containsExactly("Oleksii Hromov = the deputy chief of the General Staff", "Julia Ioffe = Russian expert");
    }
}
