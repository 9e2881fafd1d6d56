package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Stem;

/** The self-graded open kind, and drafts kept out of quizzes unless asked for. */
class OpenAndDraftTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void anOpenAnswerIsGradedByTheStudentsOwnRating() {
        QuizSession s = GradingTest.practice(TestBank.OPEN);
        assertThat(s.reveal().expected()).isEqualTo("Because Krūms wrote it.");
        assertThat(s.problem(Response.typed("He wrote it"))).hasValueSatisfying(m -> assertThat(m).contains("right, partly or wrong"));
        assertThat(s.problem(Response.selfGraded("  ", SelfGrade.RIGHT))).hasValue("write an answer first (or skip)");
        Grade g = s.answer(Response.selfGraded("He wrote the article. ", SelfGrade.PARTLY));
        assertThat(g).extracting(Grade::verdict, Grade::points, Grade::given, Grade::expected)
                .containsExactly(Verdict.PARTIAL, 0.5, "He wrote the article.", "Because Krūms wrote it.");
        assertThat(GradingTest.practice(TestBank.OPEN).answer(Response.selfGraded("x", SelfGrade.WRONG)).verdict())
                .isEqualTo(Verdict.WRONG);
    }

    @Test
    void anOpenQuestionIsAFlashcardLikeAnyOther() {
        QuizSession s = GradingTest.session(TestBank.OPEN, QuizOptions.of(Mode.FLASHCARD));
        assertThat(s.problem(Response.selfGraded("x", SelfGrade.RIGHT))).isPresent();
        assertThat(s.answer(Response.selfRating(Rating.GOOD)).verdict()).isEqualTo(Verdict.RIGHT);
    }

    @Test
    void withoutAModelAnswerTheStudentIsPointedAtTheExplanation() {
        OpenQuestion bare = new OpenQuestion(TestBank.stem("e2", "s1", "p", List.of()), null);
        assertThat(Expected.text(bare)).contains("explanation");
    }

    private static Question draft(String id) {
        Stem s = new Stem(id, "P?", "s1", "p", "", List.of(), 1, 1, List.of(), "", true);
        return new ChoiceQuestion(s, List.of("a", "b"), 0);
    }

    @Test
    void draftsAreLeftOutUnlessTheOptionsIncludeThem() {
        Bank bank = new Bank(List.of(TestBank.S1), List.of(new QuestionSet("d", "D", "", List.of(),
                List.of(TestBank.CHOICE, draft("draft-1")), "d.yaml")));
        assertThat(QuizPlan.select(bank, Selection.all(1)).questions()).extracting(Presented::id).containsExactly("c1");
        QuizOptions drafts = new QuizOptions(Mode.PRACTICE, Optional.empty(), 0, true);
        assertThat(QuizPlan.select(bank, Selection.all(1), drafts).questions()).extracting(Presented::id)
                .containsExactlyInAnyOrder("c1", "draft-1");
        assertThat(QuizPlan.matching(bank, Selection.all(1))).hasSize(1);
        QuizSession s = QuizSession.start(QuizPlan.select(bank, Selection.all(1), drafts), drafts, CLOCK, "t", AnswerListener.NONE);
        assertThat(s.plan().size()).isEqualTo(2);
    }
}
