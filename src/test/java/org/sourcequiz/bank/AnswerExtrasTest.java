package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcequiz.bank.Fixtures.load;
import static org.sourcequiz.bank.Fixtures.messages;
import static org.sourcequiz.bank.Fixtures.question;
import static org.sourcequiz.bank.Fixtures.set;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** weights, feedback, other_feedback and alternatives: read into the model, or reported where they are wrong. */
class AnswerExtrasTest {
    @TempDir
    Path dir;

    private LoadResult one(String kindKeys) {
        return load(dir, "q.yaml", set(question("a", kindKeys)));
    }

    @Test
    void choiceWeightsAndFeedbackAreRead() {
        LoadResult r = one("kind: choice\nchoices: [x, y, z]\nanswer: x\nweights: [1, 0.5, -0.5]\nfeedback: [Yes., \"\", No.]");
        assertThat(r.problems()).isEmpty();
        ChoiceQuestion q = (ChoiceQuestion) r.bank().questions().get(0);
        assertThat(q.weights()).containsExactly(1.0, 0.5, -0.5);
        assertThat(q.feedback()).containsExactly("Yes.", "", "No.");
    }

    @Test
    void weightsMustFitTheChoicesAndTheAnswer() {
        assertThat(messages(one("kind: choice\nchoices: [x, y, z]\nanswer: x\nweights: [1, 0]")))
                .containsExactly("error 9:14 `weights` has 2 numbers for 3 choices");
        assertThat(messages(one("kind: choice\nchoices: [x, y]\nanswer: x\nweights: [1, 1.5]")))
                .containsExactly("error 9:18 `weights`: 1.5 is outside -1 to 1");
        assertThat(messages(one("kind: choice\nchoices: [x, y]\nanswer: x\nweights: [0.5, 1]")))
                .containsExactly("error 9:14 the answer `x` has weight 0.5, not 1");
        assertThat(messages(one("kind: choice\nchoices: [x, y]\nanswer: x\nweights: [0.5, 0]")))
                .containsExactly("error 9:14 no choice has weight 1");
        assertThat(messages(one("kind: choice\nchoices: [x, y]\nanswer: x\nfeedback: [only one]")))
                .containsExactly("error 9:15 `feedback` has 1 text for 2 choices");
    }

    @Test
    void multiWeightsNameTheAnswersAndAddUpToOne() {
        LoadResult ok = one("kind: multi\nchoices: [x, y, z]\nanswers: [x, y]\nweights: [0.5, 0.5, -1]");
        assertThat(ok.problems()).isEmpty();
        assertThat(((MultiQuestion) ok.bank().questions().get(0)).weights()).containsExactly(0.5, 0.5, -1.0);
        // Thirds as GIFT writes them (33.333%) are close enough, as in Moodle.
        assertThat(one("kind: multi\nchoices: [x, y, z]\nanswers: [x, y, z]\nweights: [0.33333, 0.33333, 0.33333]").problems()).isEmpty();
        assertThat(messages(one("kind: multi\nchoices: [x, y, z]\nanswers: [x, y]\nweights: [0.5, 0, 0.5]")))
                .containsExactly("error 9:14 `y` has weight 0 but is an answer");
        assertThat(messages(one("kind: multi\nchoices: [x, y, z]\nanswers: [x, y]\nweights: [0.5, 0.4, 0]")))
                .containsExactly("error 9:14 the answers' weights add up to 0.9, not 1");
    }

    @Test
    void textWeightsAreShares() {
        LoadResult r = one("kind: text\nanswers: [Krūms, Kr*]\nweights: [1, 0.5]\nfeedback: [\"\", Half.]\nother_feedback: Read again.");
        assertThat(r.problems()).isEmpty();
        TextQuestion t = (TextQuestion) r.bank().questions().get(0);
        assertThat(t).extracting(TextQuestion::weights, TextQuestion::feedback, TextQuestion::otherFeedback)
                .containsExactly(List.of(1.0, 0.5), List.of("", "Half."), "Read again.");
        assertThat(messages(one("kind: text\nanswers: [a, b]\nweights: [0.5, -0.5]")))
                .containsExactly("error 8:20 `weights`: -0.5 is outside 0 to 1");
        assertThat(messages(one("kind: text\nanswers: [a, b]\nweights: [0.5, 0.5]")))
                .containsExactly("error 8:14 no accepted answer has weight 1");
    }

    @Test
    void trueFalseFeedbackIsAMappingOfBothAnswers() {
        LoadResult r = one("kind: truefalse\nanswer: false\nfeedback: {true: It was not., false: Right.}");
        assertThat(r.problems()).isEmpty();
        TrueFalseQuestion t = (TrueFalseQuestion) r.bank().questions().get(0);
        assertThat(t.feedbackFor(true)).isEqualTo("It was not.");
        assertThat(t.feedbackFor(false)).isEqualTo("Right.");
        assertThat(messages(one("kind: truefalse\nanswer: false\nfeedback: {yes: x}")))
                .containsExactly("error 8:16 unknown key `yes` in feedback");
        assertThat(messages(one("kind: truefalse\nanswer: false\nfeedback: [a, b]")))
                .containsExactly("error 8:15 `feedback` should be a mapping, not a list");
    }

    @Test
    void numberAlternativesAreBandsWithAWeight() {
        LoadResult r = one("kind: number\nanswer: 80\nalternatives:\n  - {answer: 80, tolerance: 20, weight: 0.5, feedback: Close.}\n"
                + "  - {range: [1, 10], weight: 0}\nother_feedback: No.");
        assertThat(r.problems()).isEmpty();
        NumberQuestion n = (NumberQuestion) r.bank().questions().get(0);
        assertThat(n.alternatives()).containsExactly(
                new NumberQuestion.Band(new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("100"), 0.5, "Close."),
                new NumberQuestion.Band(null, BigDecimal.ONE, BigDecimal.TEN, 0, ""));
        assertThat(n.otherFeedback()).isEqualTo("No.");
        assertThat(messages(one("kind: number\nanswer: 1\nalternatives:\n  - {answer: 2}\n  - {answer: 3, range: [1, 2], weight: 2}")))
                .containsExactly("error 9:9 missing `weight` in alternative",
                        "error 10:21 give `answer` or `range`, not both",
                        "error 10:44 weight 2 is outside 0 to 1");
        assertThat(messages(one("kind: number\nanswer: 1\nalternatives: [5]")))
                .containsExactly("error 8:20 an alternative should be a mapping, not a number");
    }
}
