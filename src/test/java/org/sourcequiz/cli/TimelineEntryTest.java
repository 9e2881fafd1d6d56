package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
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
}
