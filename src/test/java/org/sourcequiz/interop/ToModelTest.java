package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** The mapping table of README "From Moodle and back", case by case, from GIFT. */
class ToModelTest {
    private static ImportRun run(String gift) {
        ImportRun run = new ImportRun();
        run.add("t.gift", gift, InteropFormat.GIFT);
        return run;
    }

    private static Object one(String gift) {
        List<QuestionSet> sets = run(gift).sets();
        assertThat(sets).hasSize(1);
        assertThat(sets.get(0).questions()).hasSize(1);
        return sets.get(0).questions().get(0);
    }

    @Test
    void singleChoiceKeepsPlainAnswerAndFeedback() {
        ChoiceQuestion c = (ChoiceQuestion) one("Q?{~a#no =b#yes ~c}");
        assertThat(c.choices()).containsExactly("a", "b", "c");
        assertThat(c.answer()).isEqualTo(1);
        assertThat(c.weights()).isEmpty();
        assertThat(c.feedback()).containsExactly("no", "yes", "");
    }

    @Test
    void singleChoiceWithPartialCreditKeepsWeights() {
        ChoiceQuestion c = (ChoiceQuestion) one("Q?{=a ~%50%b ~c}");
        assertThat(c.weights()).containsExactly(1.0, 0.5, 0.0);
    }

    @Test
    void multichoiceWithWeightsIsMultiWithNegativeWeightsKept() {
        MultiQuestion m = (MultiQuestion) one("Q?{~%50%a ~%50%b ~%-100%c}");
        assertThat(m.answers()).containsExactly(0, 1);
        assertThat(m.weights()).containsExactly(0.5, 0.5, -1.0);
    }

    @Test
    void trueFalseFeedbacksByWhatTheStudentAnswers() {
        TrueFalseQuestion t = (TrueFalseQuestion) one("S.{TRUE#you said false#you said true}");
        assertThat(t.answer()).isTrue();
        assertThat(t.feedbackTrue()).isEqualTo("you said true");
        assertThat(t.feedbackFalse()).isEqualTo("you said false");
    }

    @Test
    void shortAnswerWeightsWildcardAndOtherFeedback() {
        TextQuestion t = (TextQuestion) one("Who?{=Minsk =%50%Mins*#close}");
        assertThat(t.accepted()).containsExactly("Minsk", "Mins*");
        assertThat(t.weights()).containsExactly(1.0, 0.5);
        assertThat(t.feedback()).containsExactly("", "close");
    }

    @Test
    void numericalMainBandAlternativesAndOtherFeedback() {
        NumberQuestion n = (NumberQuestion) one("N?{#=100:10 =%50%100:30#near ~#far off}");
        assertThat(n.value()).isEqualByComparingTo("100");
        assertThat(n.low()).isEqualByComparingTo("90");
        assertThat(n.high()).isEqualByComparingTo("110");
        assertThat(n.alternatives()).singleElement().satisfies(b -> {
            assertThat(b.low()).isEqualByComparingTo("70");
            assertThat(b.high()).isEqualByComparingTo("130");
            assertThat(b.weight()).isEqualTo(0.5);
            assertThat(b.feedback()).isEqualTo("near");
        });
        assertThat(n.otherFeedback()).isEqualTo("far off");
        NumberQuestion r = (NumberQuestion) one("N?{#2..4}");
        assertThat(r.low()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(r.high()).isEqualByComparingTo(BigDecimal.valueOf(4));
    }

    @Test
    void matchKeepsDistractorsAndEssayIsOpen() {
        MatchQuestion m = (MatchQuestion) one("M{=a -> 1 =b -> 2 = -> 3}");
        assertThat(m.pairs()).containsExactly(new MatchQuestion.Pair("a", "1"), new MatchQuestion.Pair("b", "2"));
        assertThat(m.distractors()).containsExactly("3");
        OpenQuestion o = (OpenQuestion) one("Discuss.{####A good answer names both.}");
        assertThat(o.stem().explain()).isEqualTo("A good answer names both.");
    }

    @Test
    void descriptionIsSkippedWithItsReasonAndCounted() {
        ImportRun r = run("Just text.\n\nQ?{T}\n");
        FileReport rep = r.reports().get(0);
        assertThat(rep.found()).isEqualTo(2);
        assertThat(rep.imported()).isEqualTo(1);
        assertThat(rep.skipped()).isEqualTo(1);
        assertThat(rep.types()).containsEntry("description", 1).containsEntry("truefalse", 1);
        assertThat(rep.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.severity()).isEqualTo("skipped");
            assertThat(p.message()).isEqualTo("description: nothing to answer");
        });
    }

    @Test
    void htmlBecomesTextWithBreaksListsAndImagesWarned() {
        ImportRun r = run("[html]<p>Look:</p><ul><li>one</li><li>two</li></ul><img src=\"@@PLUGINFILE@@/x.png\">Then?{T}");
        TrueFalseQuestion t = (TrueFalseQuestion) r.sets().get(0).questions().get(0);
        assertThat(t.prompt()).isEqualTo("Look:\n- one\n- two\n[image]Then?");
        assertThat(r.reports().get(0).problems()).singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo("warning"));
    }

    @Test
    void markdownAndAutoFormat() {
        assertThat(((TrueFalseQuestion) one("[markdown]Is **this** 1. true?{T}")).prompt()).isEqualTo("Is this 1. true?");
        assertThat(((TrueFalseQuestion) one("A &amp; B<br>C{T}")).prompt()).isEqualTo("A & B\nC");
    }

    @Test
    void terminalControlsNeverReachTheModel() {
        TrueFalseQuestion t = (TrueFalseQuestion) one("Red\u001B[31m?\u202E{T}");
        assertThat(t.prompt()).doesNotContain("\u001B").doesNotContain("\u202E");
    }

    @Test
    void categoriesBecomeSetsAndIdsStayUnique() {
        ImportRun r = run("$CATEGORY: $course$/top/Default for Course/History/1991\n\n::Same::A?{T}\n\n::Same::B?{F}\n\n"
                + "// [id:fixed]\nC?{T}\n\n// [id:fixed]\nD?{T}\n\n$CATEGORY: $course$/top\n\nE?{T}\n");
        assertThat(r.sets()).extracting(QuestionSet::id, QuestionSet::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("history-1991", "History / 1991"),
                org.assertj.core.groups.Tuple.tuple("t", "t"));
        assertThat(r.sets().get(0).questions()).extracting(q -> q.id())
                .containsExactly("history-1991-same", "history-1991-same-2", "fixed", "fixed-2");
        assertThat(r.sets()).allMatch(QuestionSet::imported);
    }

    @Test
    void whatCannotBeHeldIsSkippedNotDropped() {
        ImportRun r = run("Q?{~a ~b}\n\nQ?{=x ~x}\n");
        assertThat(r.sets()).isEmpty();
        assertThat(r.reports().get(0).problems()).extracting(ImportProblem::line, ImportProblem::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "skipped"), org.assertj.core.groups.Tuple.tuple(3, "skipped"));
    }
}
