package org.sourcequiz.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Kind;

/** The names a quiz is filtered by must exist in the bank; what they choose is the same for the same seed. */
class QuizFiltersTest {
    private final Bank bank = new BankLoader(Path.of("")).loadBundled().bank();

    private static QuizFilters filters(List<String> sets, List<String> kinds, int count) {
        return new QuizFilters(sets, List.of(), List.of(), kinds, count);
    }

    @Test
    void aMistypedSetIsAUsageErrorThatSuggestsTheClosestAndListsThemAll() {
        assertThatThrownBy(() -> filters(List.of("zapad-2012"), List.of(), 0).plan(bank, 1))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("unknown set `zapad-2012`; did you mean `zapad-2021`? the sets are: ")
                .hasMessageContaining("zapad-2021");
    }

    @Test
    void kindsAreNamedInAnyCaseAndTheSameSeedDrawsTheSameQuestions() {
        QuizPlan a = filters(List.of(), List.of("CHOICE"), 3).plan(bank, 42);
        QuizPlan b = filters(List.of(), List.of("choice"), 3).plan(bank, 42);
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.questions()).allSatisfy(p -> assertThat(p.question().kind()).isEqualTo(Kind.CHOICE));
        assertThat(SessionRecords.ids(a)).isEqualTo(SessionRecords.ids(b));
    }

    @Test
    void filtersThatMatchNothingAreTheUsersProblemAndNameTheSelection() {
        // A set and a kind it has no question of: each is valid, together they match nothing.
        String[] pair = bank.sets().stream().flatMap(st -> java.util.Arrays.stream(Kind.values())
                        .filter(k -> st.questions().stream().noneMatch(q -> q.kind() == k))
                        .map(k -> new String[] {st.id(), k.fileName()}))
                .findFirst().orElseThrow();
        String set = pair[0];
        String absentKind = pair[1];
        assertThatThrownBy(() -> filters(List.of(set), List.of(absentKind), 0).plan(bank, 1))
                .isInstanceOf(UserInputException.class)
                .hasMessage("no questions match --set " + set + " --kind " + absentKind
                        + "; `sourcequiz list` shows what each set holds");
    }

    @Test
    void theResultsFileRecordsTheSelectionAsGiven() {
        Map<String, Object> m = filters(List.of("zapad-2021"), List.of("Date"), 5)
                .json(List.of(Path.of("questions")), Duration.ofMinutes(10), null);
        assertThat(m).containsEntry("paths", List.of("questions")).containsEntry("sets", List.of("zapad-2021"))
                .containsEntry("kinds", List.of("date")).containsEntry("count", 5)
                .containsEntry("time_limit_seconds", 600L).containsEntry("negative_marking", 0.0);
    }
}
