package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcequiz.bank.Fixtures.load;
import static org.sourcequiz.bank.Fixtures.messages;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.DatePrecision;

/** The event line: its date prefix read at each precision, and a malformed prefix reported where it is. */
class EventLineTest {
    @TempDir
    Path dir;

    @Test
    void readsEachFormOfThePrefix() throws Exception {
        EventLine day = EventLine.parse("2021-09-10/2021-09-16: Russia and Belarus hold the Zapad-2021 exercise");
        assertThat(day.start()).isEqualTo(LocalDate.of(2021, 9, 10));
        assertThat(day.end()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(day.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(day.text()).isEqualTo("Russia and Belarus hold the Zapad-2021 exercise");
        assertThat(EventLine.parse("2021-09: x").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(EventLine.parse("2020/2022: x").end()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(EventLine.parse("2021-09/2021-10: x").end()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(EventLine.parse("2021: x").start()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aLineWithoutAPrefixIsAllText() throws Exception {
        EventLine l = EventLine.parse("Belarus joins the Union State");
        assertThat(l.dated()).isFalse();
        assertThat(l.text()).isEqualTo("Belarus joins the Union State");
        // A year that is part of the words, not a prefix followed by a colon.
        assertThat(EventLine.parse("2020 protests begin").dated()).isFalse();
    }

    @Test
    void malformedPrefixesAreRefusedWithWhatToDo() {
        assertThatThrownBy(() -> EventLine.parse("2021-13: x")).hasMessageContaining("no month 13");
        assertThatThrownBy(() -> EventLine.parse("2021-09-10/2020: x")).hasMessageContaining("written alike");
        assertThatThrownBy(() -> EventLine.parse("2021-09-16/2021-09-10: x")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> EventLine.parse("2021-02-30: x")).hasMessageContaining("no day 30");
        assertThatThrownBy(() -> EventLine.parse("2021-9: x")).hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> EventLine.parse("2021:x")).hasMessageContaining("colon and a space");
        assertThatThrownBy(() -> EventLine.parse("2021: ")).hasMessageContaining("only its date");
    }

    @Test
    void theBankReportsAMalformedPrefixWithFileLineAndColumn() {
        LoadResult bad = load(dir, "q.yaml", set(question("a", "kind: truefalse\nanswer: true\nevent: \"2021-13: Something\"")));
        assertThat(messages(bad)).singleElement().asString()
                .matches("error \\d+:\\d+ the event's date `2021-13` is no real date: there is no month 13");
        assertThat(bad.problems().get(0).file()).endsWith("q.yaml");
        assertThat(bad.problems().get(0).hint()).contains("YYYY-MM");
        LoadResult range = load(dir, "r.yaml", set(question("b", "kind: truefalse\nanswer: true\nevent: \"2021-09-10/2020: x\"")));
        assertThat(messages(range)).singleElement().asString().contains("written alike");
        LoadResult good = load(dir, "g.yaml", set(question("c", "kind: truefalse\nanswer: true\nevent: \"2021-09-10/2021-09-16: x\"")));
        assertThat(good.problems()).isEmpty();
    }
}
