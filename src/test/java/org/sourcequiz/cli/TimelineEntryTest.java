package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.explore.EventDate;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.tui.TimelineData;

/** What the timeline screen is given: markers, short dates, and each event's page of passages with citations. */
class TimelineEntryTest {
    private static final Bank BANK = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/timeline-bank"))).bank();

    @Test
    void eachEventHasItsMarkersAndAPageOfItsPassagesWithCitations() {
        TimelineData data = TimelineEntry.data(BANK, TimelineBank.events(BANK, List.of(), null, null));
        assertThat(data.legend()).extracting(m -> m.mark() + " " + m.sourceId()).containsExactly("A alpha", "B beta", "C gamma");
        TimelineData.Event zapad = data.events().get(4);
        assertThat(zapad.when()).isEqualTo("10–16 Sep");
        assertThat(zapad.year()).isEqualTo(2021);
        assertThat(zapad.month()).isEqualTo(9);
        assertThat(zapad.marks()).containsExactly("A", "B", "C");
        assertThat(zapad.disagree()).isTrue();
        assertThat(zapad.detail().title()).isEqualTo("Timeline · 10 September 2021 – 16 September 2021");
        assertThat(zapad.detail().lines()).contains(
                "# Russia and Belarus hold the Zapad-2021 exercise",
                "# ≠ The sources disagree",
                "[A] “On September 10-16, Russia and Belarus held the exercise.”",
                "    — Ann Author, “Alpha on the exercise”, 1 October 2021 · ev-zapad-a",
                "    — author not named, “Beta on the union”, estimated November 2022 · ev-zapad-b");
        TimelineData.Event union = data.events().get(0);
        assertThat(union.month()).isZero();
        assertThat(union.disagree()).isFalse();
        assertThat(union.detail().lines()).noneMatch(l -> l.contains("disagree"));
    }

    @Test
    void shortDatesLeaveOutWhatTheRulesAboveSay() {
        assertThat(TimelineEntry.shortDate(day(2021, 9, 10, 2021, 9, 16))).isEqualTo("10–16 Sep");
        assertThat(TimelineEntry.shortDate(day(2021, 9, 28, 2021, 10, 3))).isEqualTo("28 Sep–3 Oct");
        assertThat(TimelineEntry.shortDate(day(2021, 12, 28, 2022, 1, 3))).isEqualTo("28 Dec–3 Jan 2022");
        assertThat(TimelineEntry.shortDate(EventDate.of(LocalDate.of(2021, 9, 8), DatePrecision.DAY))).isEqualTo("8 Sep");
        assertThat(TimelineEntry.shortDate(new EventDate(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 1), DatePrecision.MONTH)))
                .isEqualTo("Sep–Oct");
        assertThat(TimelineEntry.shortDate(new EventDate(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1), DatePrecision.YEAR)))
                .isEqualTo("2020–2022");
    }

    private static EventDate day(int y1, int m1, int d1, int y2, int m2, int d2) {
        return new EventDate(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2), DatePrecision.DAY);
    }
}
