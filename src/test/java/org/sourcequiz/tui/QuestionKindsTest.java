package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.Verdict;

/** A whole practice quiz of one question, for each kind: the keys a student presses, the screens they see. */
class QuestionKindsTest {
    static final String NAMED = "Source: Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021";
    static final String UNNAMED = "Source: author not named, “Belarus moves towards direct involvement in the war”, "
            + "estimated October 2022, csmonitor.com";

    static Harness practice(String id) {
        return Harness.quiz(QuizOptions.of(Mode.PRACTICE), id);
    }

    /** Enter on the feedback screen, then the result of a one-question quiz. */
    static void assertResult(Harness h, String score) {
        h.enter();
        assertThat(h.text()).contains("Result · practice").contains("Score: " + score);
    }

    @Test
    void choiceByNumberThenEnter() {
        Harness h = practice("fx-choice");
        assertThat(h.text()).contains("Every kind", "fx-choice", "Question 1 of 1", "On which dates was Zapad-2021 officially held?",
                "( ) 1.", "10–16 September 2021", "8–14 September 2021", "17–19 September 2021", "↑↓ choose", "Enter answer");
        h.type(String.valueOf(Answers.option(h.session().current(), "10–16 September 2021")));
        assertThat(h.text()).contains("(•)");
        h.enter();
        String s = h.text();
        assertThat(s).contains("✓ Right", "1 of 1 point", "Correct answer: 10–16 September 2021",
                "Your answer: 10–16 September 2021", "Why: The official dates.", "┌─ Passage",
                "On September 10-16, Russia and Belarus officially held a joint strategic military exercise", "“Zapad-2021”.", NAMED);
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("September 10-16");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void choiceWithArrowsAndNothingChosenIsRefusedWithoutCounting() {
        Harness h = practice("fx-choice");
        h.enter();
        assertThat(h.text()).contains("! choose an option with ↑↓ or its number", "Question 1 of 1");
        assertThat(h.session().grades()).isEmpty();
        h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowUp).enter();
        assertThat(h.session().grades()).hasSize(1);
        assertThat(h.text()).contains("Your answer: " + h.session().plan().questions().get(0).options().get(0));
    }

    @Test
    void multiTogglesWithSpaceAndNumbersForPartialCredit() {
        Harness h = practice("fx-multi");
        var p = h.session().current();
        h.type(String.valueOf(Answers.option(p, "Armenia")));
        h.type(String.valueOf(Answers.option(p, "China")));
        h.type(String.valueOf(Answers.option(p, "China")));
        assertThat(h.text()).contains("[x] " + (Answers.option(p, "Armenia")) + ". Armenia", "[ ] " + Answers.option(p, "China") + ". China");
        h.enter();
        assertThat(h.text()).contains("~ Partial", "Correct answer: Armenia; India", "Your answer: Armenia", "Armenia and India took part.");
        assertThat(h.session().grades().get(0).verdict()).isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void multiWithSpaceOnTheCursor() {
        Harness h = practice("fx-multi");
        var p = h.session().current();
        int armenia = p.options().indexOf("Armenia");
        int india = p.options().indexOf("India");
        h.press(KeyType.ArrowDown);
        for (int i = 0; i < armenia; i++) {
            h.press(KeyType.ArrowDown);
        }
        h.press(Answers.key(' '));
        for (int i = armenia; i < india; i++) {
            h.press(KeyType.ArrowDown);
        }
        for (int i = armenia; i > india; i--) {
            h.press(KeyType.ArrowUp);
        }
        h.press(Answers.key(' ')).enter();
        assertThat(h.text()).contains("✓ Right", "Your answer: ");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void trueFalseWithTAndF() {
        Harness h = practice("fx-truefalse");
        assertThat(h.text()).contains("The exercise was offensive.", "( ) t. True", "( ) f. False");
        h.type("f");
        assertThat(h.text()).contains("(•) f. False");
        h.type("t").enter();
        assertThat(h.text()).contains("✓ Right", "Correct answer: true", "The exercise was offensive in character.", NAMED);
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void numberRefusesWhatIsNotANumberThenTakesGroupedDigits() {
        Harness h = practice("fx-number");
        assertThat(h.text()).contains("Your answer ›", "Type a number (military personnel)");
        h.type("lots").enter();
        assertThat(h.text()).contains("! ", "Question 1 of 1").doesNotContain("✗ Wrong");
        assertThat(h.session().grades()).isEmpty();
        h.press(KeyType.Home);
        for (int i = 0; i < 4; i++) {
            h.press(KeyType.Delete);
        }
        h.type("200,000").enter();
        assertThat(h.text()).contains("✓ Right", "Correct answer: 200,000 military personnel", "Your answer: 200,000",
                "The exercise engaged 200,000 military personnel.");
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("200,000");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void dateIsEditedWithTheCursorKeys() {
        Harness h = practice("fx-date");
        h.type("8 Setember 2021x");
        h.press(KeyType.Backspace).press(KeyType.Home);
        for (int i = 0; i < 4; i++) {
            h.press(KeyType.ArrowRight);
        }
        h.type("p");
        h.press(KeyType.End).press(KeyType.Delete);
        assertThat(h.text()).contains("Your answer › 8 September 2021");
        h.enter();
        assertThat(h.text()).contains("✓ Right", "Correct answer: 8 September 2021", "Your answer: 8 September 2021",
                "On 8 September the first Russian fighters arrived in Belarus.");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void textIsForgivingAndTheSourceWithoutAuthorIsCitedSo() {
        Harness h = practice("fx-text");
        h.type("krums").enter();
        assertThat(h.text()).contains("✓ Right", "Correct answer: Gatis Krūms", "Your answer: krums", "Signed: Gatis Krūms.");
        assertThat(h.flat()).contains(UNNAMED);
        assertThat(h.cells(c -> c.isBold() && c.isReversed())).contains("Gatis Krūms");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void textFieldTakesQuestionMarksAndLettersThatAreKeysElsewhere() {
        Harness h = practice("fx-text");
        h.type("qs?");
        assertThat(h.text()).contains("Your answer › qs?").doesNotContain("Leave this quiz?");
        h.press(KeyType.F1);
        assertThat(h.flat()).contains("Help", "F1 always shows this help");
    }

    @Test
    void orderIsMadeByPickingItemsUpAndMovingThem() {
        Harness h = practice("fx-order");
        assertThat(h.text()).contains("Put these in order, earliest first.", "✔ Answer with this order");
        h.press(Answers.key(' '));
        assertThat(h.text()).contains("⇅ 1.");
        h.press(Answers.key(' '));
        Answers.order(h, List.of("First", "Second", "Third"));
        assertThat(h.text()).contains("✓ Right", "Correct answer: First → Second → Third", "Your answer: First → Second → Third",
                "First, then Second, then Third.");
        assertThat(h.flat()).contains(UNNAMED);
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void matchPairsAnItemWithALetterAndBackspaceUndoesIt() {
        Harness h = practice("fx-match");
        var p = h.session().current();
        assertThat(h.text()).contains("Values:", "a. ", "→  ?".replace("  ", " "));
        h.type("1a");
        assertThat(h.text()).contains("1. " + p.options().get(0) + " → a. " + p.rights().get(0));
        h.type("1").press(KeyType.Backspace);
        assertThat(h.text()).doesNotContain("→ a.");
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("about 200 thousand", "people");
        pairs.put("more than 700", "units of equipment");
        Answers.match(h, pairs);
        assertThat(h.text()).contains("✓ Right", "Correct answer: about 200 thousand → people; more than 700 → units of equipment",
                "About 200 thousand people and more than 700 units of equipment.");
        assertResult(h, "1 of 1 point (100%)");
    }

    @Test
    void everyKindHasAnInputAndAHint() {
        for (org.sourcequiz.model.Kind k : org.sourcequiz.model.Kind.values()) {
            String id = "fx-" + k.fileName();
            Harness h = practice(id);
            QuestionView v = (QuestionView) h.ui.controller().view();
            assertThat(QuestionScreen.hint(v)).as(id).isNotBlank();
            assertThat(h.text()).as(id).contains(QuestionScreen.hint(v), "Tab skip");
            h.press(KeyType.Tab);
            assertThat(h.text()).as(id).contains("– Skipped", "┌─ Passage");
        }
    }
}
