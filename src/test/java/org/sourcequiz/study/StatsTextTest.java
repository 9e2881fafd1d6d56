package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.study.TestBanks.answer;
import static org.sourcequiz.study.TestBanks.choice;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.study.Charts.Glyphs;
import org.sourcequiz.study.StatsReport.Granularity;

class StatsTextTest {
    private static final ChoiceQuestion Q1 = choice("q1", "src-a", "date");
    private static final ChoiceQuestion Q2 = choice("q2", "src-b", "figure");
    private static final Bank BANK = TestBanks.bank(TestBanks.set("zapad", List.of("military"), Q1, Q2));
    private static final Instant NOW = Instant.parse("2024-03-08T18:00:00Z");

    private static StatsReport report(Granularity g) {
        List<AnswerRecord> answers = List.of(
                answer(Q1, "zapad", Verdict.RIGHT, Rating.GOOD, Instant.parse("2024-03-07T09:00:00Z")),
                answer(Q2, "zapad", Verdict.WRONG, Rating.AGAIN, Instant.parse("2024-03-08T09:00:00Z")));
        return Stats.compute(BANK, Progression.replay(answers, TestBanks.FSRS),
                Progression.days(answers, TestBanks.UTC_DAYS), TestBanks.FSRS, NOW, g);
    }

    @Test
    void showsEverySectionAUserLooksFor() {
        List<String> lines = StatsText.render(report(Granularity.DAY), Glyphs.UNICODE, 100);
        assertThat(lines.get(0)).isEqualTo("Study statistics for 2024-03-08");
        assertThat(lines).contains(
                "Answers    2 in all, 50% right; 1 today",
                "Questions  2 in the bank: 2 seen, 0 mastered, 0 due today",
                "Streak     2 days; best 2 days",
                "Accuracy by set", "Accuracy by tag", "Accuracy by source", "Accuracy by kind", "Accuracy by day",
                "Reviews due in the next 14 days", "Weakest topics",
                "Not enough answers yet (a topic needs 5).");
        assertThat(lines).anyMatch(l -> l.startsWith("zapad ") && l.endsWith("2/2 seen, 0 mastered"));
        assertThat(lines).anyMatch(l -> l.startsWith("today ") && l.endsWith(" 0"));
        assertThat(lines).anyMatch(l -> l.startsWith("tomorrow ") && l.endsWith(" 2"));
        assertThat(lines).anyMatch(l -> l.startsWith("Fri 8 Mar") && l.endsWith("0% of 1"));
        assertThat(lines).anyMatch(l -> l.startsWith("Wed 6 Mar") && l.endsWith("no answers"));
    }

    @Test
    void asciiOutputHasOnlyAsciiCharacters() {
        for (String line : StatsText.render(report(Granularity.WEEK), Glyphs.ASCII, 80)) {
            assertThat(line.chars().allMatch(c -> c < 128)).as(line).isTrue();
        }
        assertThat(StatsText.render(report(Granularity.WEEK), Glyphs.ASCII, 80)).contains("Accuracy by week");
    }

    @Test
    void linesFitTheWidthGiven() {
        for (String line : StatsText.render(report(Granularity.WEEK), Glyphs.UNICODE, 80)) {
            assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80);
        }
    }
}
