package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Response;

/** The answer editors: what each key does to what has been entered. */
class AnswerInputTest {

    @Test
    void oneAnswerOptionsChooseNothingUntilTheStudentMoves() {
        OptionsInput o = OptionsInput.single(3);
        assertThat(o.response()).isEmpty();
        assertThat(o.move(1).response()).contains(Response.choice(0));
        assertThat(o.move(-1).response()).contains(Response.choice(2));
        assertThat(o.pick(1).move(1).move(1).response()).contains(Response.choice(0));
        assertThat(o.pick(7)).isEqualTo(o);
        assertThat(OptionsInput.trueFalse().pick(1).response()).contains(Response.trueFalse(false));
    }

    @Test
    void multiTogglesWithSpaceAndNumbers() {
        OptionsInput o = OptionsInput.multi(4).pick(0).pick(2).move(1).toggle();
        assertThat(o.response()).contains(Response.multi(Set.of(0, 2, 3)));
        assertThat(o.toggle().pick(0).pick(2).response()).isEmpty();
    }

    @Test
    void theTextFieldEditsAtItsCursor() {
        TextField t = TextField.EMPTY;
        for (char c : "Krms".toCharArray()) {
            t = t.type(c);
        }
        t = t.home().right().right().type('ū').end().type('x').backspace().home().delete();
        assertThat(t.text()).isEqualTo("rūms");
        assertThat(t.caret()).isZero();
        assertThat(t.left().caret()).isZero();
        assertThat(t.end().right().caret()).isEqualTo(4);
        assertThat(TextField.EMPTY.type(' ').response()).isEmpty();
        assertThat(t.response()).contains(Response.typed("rūms"));
    }

    @Test
    void theCursorStepsOverACharacterOutsideTheBasicPlaneAsOne() {
        TextField t = TextField.EMPTY.type('a').type('\uD835').type('\uDC00').type('b');
        assertThat(t.left().left().caret()).isEqualTo(1);
        assertThat(t.left().backspace().text()).isEqualTo("ab");
        assertThat(t.home().right().delete().text()).isEqualTo("ab");
    }

    @Test
    void orderMovesTheItemHeldAndStopsAtTheEnds() {
        OrderInput o = OrderInput.of(3).toggle().move(1).move(1).move(1);
        assertThat(o.order()).containsExactly(1, 2, 0);
        assertThat(o.cursor()).isEqualTo(2);
        o = o.toggle().move(1);
        assertThat(o.onAnswerRow()).isTrue();
        assertThat(o.toggle()).isEqualTo(o);
        assertThat(o.response()).contains(Response.order(List.of(1, 2, 0)));
    }

    @Test
    void aMatchValueBelongsToOneItemAndTheCursorMovesToTheNextItemWithoutAPair() {
        MatchInput m = MatchInput.of(3, 4).pair(2);
        assertThat(m.cursor()).isEqualTo(1);
        m = m.pair(2);
        assertThat(m.pairs()).isEqualTo(Map.of(1, 2));
        assertThat(m.cursor()).isEqualTo(2);
        m = m.pair(0).pick(1).unpair();
        assertThat(m.pairs()).isEqualTo(Map.of(2, 0));
        assertThat(m.pair(9)).isEqualTo(m);
        assertThat(MatchInput.of(2, 2).response()).isEmpty();
    }
}
