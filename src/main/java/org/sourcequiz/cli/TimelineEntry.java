package org.sourcequiz.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sourcequiz.app.Once;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.app.TimelineText;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;
import org.sourcequiz.tui.TextPage;
import org.sourcequiz.tui.TimelineData;

/** Home's Timeline row, and the timeline as the screen shows it: markers, short dates, each event's page of passages. */
final class TimelineEntry {
    private TimelineEntry() {}

    /** Home's rows with Timeline added after them; the timeline is worked out when the screen first opens. */
    static List<HomeEntry> with(List<HomeEntry> entries, Supplier<Bank> bank) {
        List<HomeEntry> all = new ArrayList<>(entries);
        all.add(new HomeEntry("Timeline", "the dated events of all five articles, where the sources disagree",
                new Intent.OpenTimeline(new Once<>(() -> data(bank.get(), TimelineBank.events(bank.get(), List.of(), null, null))))));
        return all;
    }

    static TimelineData data(Bank bank, List<TimelineEvent> events) {
        Map<String, String> marks = TimelineBank.markers(bank);
        List<TimelineData.Marker> legend = new ArrayList<>();
        marks.forEach((id, m) -> legend.add(new TimelineData.Marker(m, id)));
        List<TimelineData.Event> rows = new ArrayList<>();
        for (TimelineEvent e : events) {
            LocalDate start = e.date().start();
            int month = e.date().precision() == DatePrecision.YEAR ? 0 : start.getMonthValue();
            rows.add(new TimelineData.Event(start.getYear(), month, TimelineText.shortDate(e.date()),
                    e.sources().stream().map(s -> marks.getOrDefault(s, "?")).toList(), e.text(),
                    e.disagreement().isPresent(), e.questions(), new TextPage(TimelineText.title(e), TimelineText.detail(bank, e, marks))));
        }
        return new TimelineData(legend, rows);
    }

}
