package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;

/** Every kind of question can be planned, refused, skipped, graded and shown as an expected answer. */
class EveryKindTest {
    static final List<Question> ONE_OF_EACH = List.of(TestBank.CHOICE, TestBank.MULTI, TestBank.TRUEFALSE,
            TestBank.NUMBER, TestBank.DATE, TestBank.TEXT, TestBank.ORDER, TestBank.MATCH, TestBank.OPEN);

    @Test
    void theFixturesCoverEveryPermittedSubclass() {
        Set<Class<?>> permitted = Arrays.stream(Question.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertThat(ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(permitted);
        assertThat(ONE_OF_EACH.stream().map(Question::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void eachKindIsKnownToTheGrader() {
        for (Question q : ONE_OF_EACH) {
            assertThat(Expected.text(q)).as(q.id()).isNotBlank();
            QuizSession s = GradingTest.practice(q);
            assertThat(s.problem(Response.selfRating(Rating.GOOD))).as(q.id()).isPresent();
            assertThat(s.skip().verdict()).isEqualTo(Verdict.SKIPPED);
        }
    }
}
