package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.HomeEntry;
import org.sourcequiz.tui.Intent;

class StudyEntriesTest {
    private static final Instant DAY1 = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    Path dir;

    private AppContext ctx(Instant now, String input) {
        return new AppContext(dir, Map.of("NO_COLOR", "1"), new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true), new BufferedReader(new StringReader(input)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<HomeEntry> entries(Instant now) {
        GlobalOptions g = new GlobalOptions();
        g.dataDir = dir.resolve("data");
        g.profile = "default";
        Bank bank = new BankLoader(dir).loadBundled().bank();
        return StudyEntries.of(ctx(now, ""), g, () -> bank);
    }

    /** The detail once the count beside Home is done (it is read while Home is drawn). */
    private static String settled(HomeEntry e) {
        long until = System.nanoTime() + 10_000_000_000L;
        String d = e.detail().get();
        while (d.startsWith(org.sourcequiz.app.Reviews.COUNTING) && System.nanoTime() < until) {
            Thread.onSpinWait();
            d = e.detail().get();
        }
        return d;
    }

    @Test
    void homeShowsTheDueCountAndTheStatisticsPage() {
        assertThat(entries(DAY1)).extracting(HomeEntry::label).containsExactly("Review", "Statistics");
        assertThat(settled(entries(DAY1).get(0))).startsWith("nothing answered yet");

        Main.run(new String[] {"--data-dir", dir.resolve("data").toString(), "quiz", "--plain", "--set", "zapad-2021",
                "-n", "3", "--seed", "4"}, ctx(DAY1, ":skip\n:skip\n:skip\n"));

        List<HomeEntry> nextDay = entries(DAY1.plus(Duration.ofDays(1)));
        assertThat(nextDay.get(0).live()).isTrue();
        assertThat(settled(nextDay.get(0))).startsWith("3 due");
        var page = ((Intent.ShowPage) nextDay.get(1).intent()).page().get();
        assertThat(page.lines()).anyMatch(l -> l.startsWith("Answers") && l.contains("3 in all"));
        var plan = ((Intent.StartQuiz) nextDay.get(0).intent()).plan().get();
        assertThat(plan.size()).isEqualTo(3 + 20);
    }

    /** The folder may be read-only: looking at Review and Statistics before any answer must not need to write. */
    @Test
    void beforeAnyAnswerReviewAndStatisticsCreateNoHistory() {
        List<HomeEntry> first = entries(DAY1);
        var page = ((Intent.ShowPage) first.get(1).intent()).page().get();
        assertThat(page.lines()).anyMatch(l -> l.startsWith("Answers"));
        var plan = ((Intent.StartQuiz) first.get(0).intent()).plan().get();
        assertThat(plan.size()).as("new questions only").isEqualTo(20);
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
