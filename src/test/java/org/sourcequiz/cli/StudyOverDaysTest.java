package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner over several days, with the clock passed in: what they miss comes back for review
 * the next day, and stats show the days, the accuracy and what is due. The last stats screen is
 * written to target/ so a person can read it.
 */
class StudyOverDaysTest {
    private static final Instant DAY1 = Instant.parse("2024-03-04T09:00:00Z");

    @TempDir
    Path dir;
    private String out;
    private String err;

    private int run(Instant now, String input, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun r = CliRun.withInput(dir, Clock.fixed(now, ZoneOffset.UTC), Map.of("NO_COLOR", "1"), input, all);
        out = r.out();
        err = r.err();
        return r.exit();
    }

    private static Instant day(int n) {
        return DAY1.plus(Duration.ofDays(n - 1));
    }

    @Test
    void missedQuestionsComeBackAndStatsFollowTheDays() throws Exception {
        assertThat(run(day(1), ":skip\n".repeat(4), "quiz", "--plain", "--set", "zapad-2021", "-n", "4", "--seed", "1"))
                .as(err).isZero();

        assertThat(run(day(1), "", "review", "--list")).as(err).isZero();
        String sameDay = out;
        assertThat(run(day(2), "", "review", "--list", "--new", "0")).as(err).isZero();
        assertThat(out).as("what was missed yesterday is due today").isNotEqualTo(sameDay);
        long due = out.lines().filter(l -> l.contains("zapad-")).count();
        assertThat(due).isEqualTo(4);

        assertThat(run(day(2), ":skip\n".repeat(4), "review", "--new", "0")).as(err).isZero();
        assertThat(run(day(4), ":skip\n".repeat(2), "quiz", "--plain", "--set", "union-state", "-n", "2", "--seed", "2"))
                .as(err).isZero();

        assertThat(run(day(4), "", "stats")).as(err).isZero();
        assertThat(out).contains("10 in all");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/study-over-days-stats.txt"), out);
    }
}
