package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;

class QuizPlanTest {

    private static List<String> ids(QuizPlan p) {
        return p.questions().stream().map(Presented::id).toList();
    }

    @Test
    void sameSeedSameQuestionsSameOrderSameOptions() {
        QuizPlan a = QuizPlan.select(TestBank.many(), new Selection(List.of(), List.of(), List.of(), Set.of(), 10, 42));
        QuizPlan b = QuizPlan.select(TestBank.many(), new Selection(List.of(), List.of(), List.of(), Set.of(), 10, 42));
        assertThat(ids(a)).isEqualTo(ids(b));
        assertThat(a.questions().stream().map(Presented::options).toList())
                .isEqualTo(b.questions().stream().map(Presented::options).toList());
        assertThat(a.seed()).isEqualTo(42);
    }

    @Test
    void differentSeedDifferentOrder() {
        QuizPlan a = QuizPlan.select(TestBank.many(), Selection.all(1));
        QuizPlan b = QuizPlan.select(TestBank.many(), Selection.all(2));
        assertThat(ids(a)).containsExactlyInAnyOrderElementsOf(ids(b)).isNotEqualTo(ids(b));
        assertThat(a.questions().stream().map(Presented::options).toList())
                .isNotEqualTo(b.questions().stream().map(Presented::options).toList());
    }

    @Test
    void optionsAreShuffledButComplete() {
        QuizPlan p = QuizPlan.select(TestBank.many(), Selection.all(3));
        long inFileOrder = p.questions().stream().filter(q -> q.options().equals(List.of("a", "b", "c", "d", "e"))).count();
        assertThat(inFileOrder).isLessThan(3);
        assertThat(p.questions()).allSatisfy(q -> assertThat(q.options()).containsExactlyInAnyOrder("a", "b", "c", "d", "e"));
    }

    @Test
    void orderItemsAreNeverShownInTheRightOrder() {
        for (long seed = 0; seed < 200; seed++) {
            QuizPlan p = QuizPlan.ofIds(TestBank.bank(), List.of("o1"), seed);
            assertThat(p.questions().get(0).options()).isNotEqualTo(List.of("A", "B", "C", "D"));
        }
    }

    @Test
    void matchShowsLeftItemsAndRightValuesWithDistractors() {
        Presented p = QuizPlan.ofIds(TestBank.bank(), List.of("p1"), 5).questions().get(0);
        assertThat(p.options()).containsExactlyInAnyOrder("about 200 thousand", "more than 700", "more than 80");
        assertThat(p.rights()).containsExactlyInAnyOrder("people", "units of equipment", "planes", "fighters");
    }

    @Test
    void filtersBySetTagSourceAndKind() {
        var bank = TestBank.bank();
        assertThat(ids(QuizPlan.select(bank, new Selection(List.of("beta"), List.of(), List.of(), Set.of(), 0, 1))))
                .containsExactlyInAnyOrder("n1", "d1", "x1", "o1", "e1");
        assertThat(ids(QuizPlan.select(bank, new Selection(List.of(), List.of("date"), List.of(), Set.of(), 0, 1))))
                .containsExactlyInAnyOrder("c1", "d1", "o1");
        assertThat(ids(QuizPlan.select(bank, new Selection(List.of(), List.of(), List.of("s1"), Set.of(), 0, 1))))
                .containsExactlyInAnyOrder("c1", "m1", "t1", "p1");
        assertThat(ids(QuizPlan.select(bank, new Selection(List.of(), List.of(), List.of(), Set.of(Kind.DATE, Kind.NUMBER), 0, 1))))
                .containsExactlyInAnyOrder("n1", "d1");
        assertThat(ids(QuizPlan.select(bank, new Selection(List.of("alpha"), List.of("date", "claim"), List.of(), Set.of(), 0, 1))))
                .containsExactlyInAnyOrder("c1", "t1");
    }

    @Test
    void countDrawsThatManyAndNumbersThem() {
        QuizPlan p = QuizPlan.select(TestBank.many(), new Selection(List.of(), List.of(), List.of(), Set.of(), 5, 9));
        assertThat(p.size()).isEqualTo(5);
        assertThat(p.questions()).extracting(Presented::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(p.questions()).allSatisfy(q -> {
            assertThat(q.total()).isEqualTo(5);
            assertThat(q.setId()).isEqualTo("many");
            assertThat(q.setTitle()).isEqualTo("Many");
            assertThat(q.source().id()).isEqualTo("s1");
        });
    }

    @Test
    void anEmptySelectionGivesAnEmptyPlan() {
        QuizPlan p = QuizPlan.select(TestBank.bank(), new Selection(List.of("alpha"), List.of(), List.of(), Set.of(Kind.DATE), 0, 1));
        assertThat(p.isEmpty()).isTrue();
    }

    @Test
    void ofIdsKeepsTheGivenOrderAndListsUnknownIds() {
        QuizPlan p = QuizPlan.ofIds(TestBank.bank(), List.of("x1", "gone", "c1"), 4);
        assertThat(ids(p)).containsExactly("x1", "c1");
        assertThat(p.unknownIds()).containsExactly("gone");
    }
}
