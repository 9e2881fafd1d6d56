package org.sourcequiz.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.model.Bank;

/** The timeline of the fixture bank (src/test/resources/timeline-bank): dates, merging, disagreements, filters. */
class TimelineTest {
    static final Bank BANK = load();

    static Bank load() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/timeline-bank")));
        assertThat(r.problems()).allMatch(p -> !p.isError());
        return r.bank();
    }

    private static final List<TimelineEvent> EVENTS = Timeline.of(BANK);

    private static TimelineEvent event(String text) {
        return EVENTS.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void eventsAreInDateOrderWithTheirDatesFromPrefixAnswerOrPassage() {
        assertThat(EVENTS).extracting(e -> e.date().prefix() + " " + e.text()).containsExactly(
                "1999 Belarus and Russia form the Union State",
                "2021-06-16 (question) On what date did the presidents meet?",
                "2021-09/2021-10 Russian troops stay in Belarus",
                "2021-09-07 First Russian fighters arrive in Belarus",
                "2021-09-10/2021-09-16 Russia and Belarus hold the Zapad-2021 exercise",
                "2021-11-04 The integration decree is to be signed",
                "2021-11-04 The Kremlin plans to annex Belarus");
        // No prefix, not a date question: the one date of its passage.
        assertThat(event("The Kremlin plans to annex Belarus").questions()).containsExactly("ev-annex");
    }

    @Test
    void questionsWithNoDateOrNoEventOrInDraftAreNotOnIt() {
        List<String> ids = EVENTS.stream().flatMap(e -> e.questions().stream()).toList();
        assertThat(ids).doesNotContain("ev-nodate", "nd-plain", "ev-draft");
    }

    @Test
    void theSameTextIgnoringCaseAndSpacesIsOneEventWithEverySourceAndQuestion() {
        TimelineEvent zapad = event("Russia and Belarus hold the Zapad-2021 exercise");
        assertThat(zapad.sources()).containsExactly("alpha", "beta", "gamma");
        assertThat(zapad.questions()).containsExactly("ev-zapad-a", "ev-zapad-b", "dz-figures");
        assertThat(zapad.date().end()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(zapad.passages()).extracting(TimelineEvent.Cited::source).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void differentDatesFromDifferentSourcesAreADisagreement() {
        TimelineEvent fighters = event("First Russian fighters arrive in Belarus");
        TimelineEvent.Disagreement d = fighters.disagreement().orElseThrow();
        assertThat(d.versions()).extracting(v -> v.source() + " " + v.date().prefix() + " " + v.questions())
                .containsExactly("alpha 2021-09-08 [ev-fighters-a]", "beta 2021-09-07 [ev-fighters-b]");
        assertThat(d.versions().get(1).passage()).isEqualTo("The fighters came on September 7.");
        assertThat(fighters.date().prefix()).isEqualTo("2021-09-07");
    }

    @Test
    void aDisagreementQuestionOnAnEventOfSeveralSourcesMarksIt() {
        TimelineEvent.Disagreement d = event("Russia and Belarus hold the Zapad-2021 exercise").disagreement().orElseThrow();
        assertThat(d.versions()).extracting(TimelineEvent.Version::source).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void aCoarserDateThatHoldsTheFinerOneAgreesAndTheFinerIsShown() {
        TimelineEvent sign = event("The integration decree is to be signed");
        assertThat(sign.disagreement()).isEmpty();
        assertThat(sign.date().prefix()).isEqualTo("2021-11-04");
        assertThat(event("Belarus and Russia form the Union State").disagreement()).isEmpty();
    }

    @Test
    void filtersBySourceAndByMonthOrYear() {
        assertThat(Timeline.filter(EVENTS, List.of("gamma"), Optional.empty(), Optional.empty()))
                .extracting(TimelineEvent::text)
                .containsExactly("Russia and Belarus hold the Zapad-2021 exercise", "The Kremlin plans to annex Belarus");
        List<TimelineEvent> autumn = Timeline.filter(EVENTS, List.of(),
                Optional.of(Timeline.Bound.parse("2021-10")), Optional.of(Timeline.Bound.parse("2021-10")));
        // Only the months' range reaches into October.
        assertThat(autumn).extracting(TimelineEvent::text).containsExactly("Russian troops stay in Belarus");
        assertThat(Timeline.filter(EVENTS, List.of(), Optional.empty(), Optional.of(Timeline.Bound.parse("2020"))))
                .extracting(TimelineEvent::text).containsExactly("Belarus and Russia form the Union State");
    }

    @Test
    void boundsAreAYearOrAMonth() {
        assertThat(Timeline.Bound.parse("2021-02").last()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThatThrownBy(() -> Timeline.Bound.parse("2021-13")).hasMessageContaining("no month 13");
        assertThatThrownBy(() -> Timeline.Bound.parse("Sept 2021")).hasMessageContaining("YYYY or YYYY-MM");
    }
}
