package org.sourcequiz.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.engine.Parsed;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Response;

class PlainInputTest {
    private static Presented q(String id) {
        return QuizPlan.ofIds(PlainQuizTest.BANK, List.of(id), 1).questions().get(0);
    }

    private static Response ok(String line, String id) {
        Parsed<Response> p = PlainInput.parse(line, q(id));
        assertThat(p.problem()).as(line).isEmpty();
        return p.value();
    }

    @Test
    void choiceTakesANumberOrALetter() {
        assertThat(ok("2", "fx-choice")).isEqualTo(Response.choice(1));
        assertThat(ok(" b ", "fx-choice")).isEqualTo(Response.choice(1));
        assertThat(PlainInput.parse("1,2", q("fx-choice")).isOk()).isFalse();
    }

    @Test
    void multiTakesCommaOrSpaceSeparatedNumbers() {
        assertThat(ok("1,3", "fx-multi")).isEqualTo(Response.multi(Set.of(0, 2)));
        assertThat(ok("1 3", "fx-multi")).isEqualTo(Response.multi(Set.of(0, 2)));
        assertThat(ok("1, 3", "fx-multi")).isEqualTo(Response.multi(Set.of(0, 2)));
        assertThat(ok("a,c", "fx-multi")).isEqualTo(Response.multi(Set.of(0, 2)));
        assertThat(PlainInput.parse("one", q("fx-multi")).isOk()).isFalse();
    }

    @Test
    void trueFalse() {
        for (String t : List.of("t", "T", "true", "yes", "y")) {
            assertThat(ok(t, "fx-truefalse")).isEqualTo(Response.trueFalse(true));
        }
        for (String f : List.of("f", "false", "no", "n")) {
            assertThat(ok(f, "fx-truefalse")).isEqualTo(Response.trueFalse(false));
        }
    }

    @Test
    void typedKindsTakeTheLineAsIs() {
        assertThat(ok("  9 Sept 2021 ", "fx-date")).isEqualTo(Response.typed("9 Sept 2021"));
        assertThat(ok("65 089", "fx-number")).isEqualTo(Response.typed("65 089"));
        assertThat(ok("Krūms", "fx-text")).isEqualTo(Response.typed("Krūms"));
    }

    @Test
    void orderTakesNumbersSeparatedOrNot() {
        assertThat(ok("3 1 2", "fx-order")).isEqualTo(Response.order(List.of(2, 0, 1)));
        assertThat(ok("3,1,2", "fx-order")).isEqualTo(Response.order(List.of(2, 0, 1)));
        assertThat(ok("312", "fx-order")).isEqualTo(Response.order(List.of(2, 0, 1)));
    }

    @Test
    void matchTakesNumberLetterPairs() {
        assertThat(ok("1b 2a", "fx-match")).isEqualTo(Response.match(Map.of(0, 1, 1, 0)));
        assertThat(ok("1b,2a", "fx-match")).isEqualTo(Response.match(Map.of(0, 1, 1, 0)));
        assertThat(ok("1-b 2-a", "fx-match")).isEqualTo(Response.match(Map.of(0, 1, 1, 0)));
        assertThat(PlainInput.parse("1b 1a", q("fx-match")).problem()).contains("matched twice");
        assertThat(PlainInput.parse("b1", q("fx-match")).isOk()).isFalse();
        assertThat(PlainInput.parse("1b x", q("fx-match")).isOk()).isFalse();
    }

    @Test
    void anEmptyLineIsNotAnAnswer() {
        assertThat(PlainInput.parse("   ", q("fx-text")).problem()).contains(":skip");
    }

    @Test
    void ratings() {
        assertThat(PlainInput.rating("1").value()).isEqualTo(Rating.AGAIN);
        assertThat(PlainInput.rating("good").value()).isEqualTo(Rating.GOOD);
        assertThat(PlainInput.rating("4").value()).isEqualTo(Rating.EASY);
        assertThat(PlainInput.rating("5").isOk()).isFalse();
    }

    /** Found by {@link PlainInputFuzzTest}: the item number overflowed an int and the quiz ended with an internal error. */
    @Test
    void aMatchItemNumberTooLongForAnIntIsRefused() {
        assertThat(PlainInput.parse("9999999991b", q("fx-match")).problem()).isEqualTo("type each item number with a letter, e.g. 1b 2a 3c");
        assertThat(ok("1b 2a", "fx-match")).isEqualTo(Response.match(Map.of(0, 1, 1, 0)));
    }

    /** Found by {@link PlainInputFuzzTest}: backtracking over the spaces made this take seconds. */
    @Test
    void aNumberFollowedByManySpacesIsRefusedAtOnce() {
        String line = "65" + " ".repeat(50_000) + "!";
        Parsed<Response> p = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(1),
                () -> PlainInput.parse(line, q("fx-match")));
        assertThat(p.isOk()).isFalse();
        assertThat(ok("1 - b,2 :a", "fx-match")).isEqualTo(Response.match(Map.of(0, 1, 1, 0)));
    }
}
