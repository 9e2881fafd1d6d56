package org.sourcequiz.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fuzzer itself: it must catch, shrink, save and time out, or the fuzz tests prove nothing. */
class FuzzHarnessTest {
    private static final Mutations WORDS = new Mutations(List.of("alpha beta", "gamma x delta", "epsilon"), List.of("x", "y", " "));

    @BeforeEach
    void shortDeadline() {
        System.setProperty("fuzz.deadline.ms", "100");
    }

    @AfterEach
    void defaultDeadline() {
        System.clearProperty("fuzz.deadline.ms");
    }

    @Test
    void aThrowingInputIsReportedWithItsSeedSavedAndShrunk() throws Exception {
        assertThatThrownBy(() -> Fuzz.run("harness throws", 500, WORDS::text, Shape.TEXT, s -> {
            if (s.contains("x")) {
                throw new IllegalStateException("found x");
            }
        })).isInstanceOf(AssertionError.class)
                .hasMessageContaining("fuzz harness throws: input #")
                .hasMessageContaining("(seed " + Fuzz.seed() + ", rerun with -Dfuzz.seed=" + Fuzz.seed() + ")")
                .hasMessageContaining("failed with java.lang.IllegalStateException: found x")
                .hasMessageContaining("shrunk to 1 units: \"x\"")
                .hasCauseInstanceOf(IllegalStateException.class);
        try (var saved = Files.list(Fuzz.OUT)) {
            assertThat(saved.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("harness-throws-") && n.endsWith(".shrunk"));
        }
    }

    @Test
    void anInputThatSpinsIsStoppedByItsCpuTime() {
        assertThatThrownBy(() -> Fuzz.run("harness spins", 50, WORDS::text, Shape.TEXT, s -> {
            if (!s.isEmpty()) {
                while (!Thread.currentThread().isInterrupted()) {
                    Math.sqrt(s.length());
                }
            }
        })).isInstanceOf(AssertionError.class).hasMessageContaining("took more than 100 ms of CPU time")
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void anInputThatBlocksIsStoppedByTheClock() {
        assertThatThrownBy(() -> Fuzz.run("harness blocks", 50, WORDS::text, Shape.TEXT, s -> {
            if (!s.isEmpty()) {
                Thread.sleep(60_000);
            }
        })).isInstanceOf(AssertionError.class).hasMessageContaining("took more than 100 ms")
                .hasCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void anInputDependsOnlyOnTheSeedAndItsNumber() {
        for (int i = 0; i < 200; i++) {
            assertThat(WORDS.bytes(Fuzz.randomFor(42, i))).isEqualTo(WORDS.bytes(Fuzz.randomFor(42, i)));
        }
        assertThat(WORDS.text(Fuzz.randomFor(42, 7))).isNotEqualTo(WORDS.text(Fuzz.randomFor(43, 7)));
    }

    @Test
    void mutationsReachWhatTheParsersFear() {
        Mutations m = new Mutations(Corpus.yamlSets(), Mutations.FILE_TOKENS);
        String all = String.join("", java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> m.text(new Random(i))).toList());
        assertThat(all).contains("\u001b", "\u202e", "\uD800", "1e999999999", "*a", "&a", "\t");
        assertThat(Mutations.random(new Random(1), 1_000)).hasSizeGreaterThanOrEqualTo(1_000);
    }
}
