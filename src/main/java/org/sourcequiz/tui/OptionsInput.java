package org.sourcequiz.tui;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sourcequiz.engine.Response;

/**
 * choice, true/false and multi: a cursor over the options and the options chosen. For one-answer
 * kinds the chosen option is the one under the cursor; nothing is chosen until the student moves,
 * so a stray Enter never answers.
 *
 * @param cursor -1 before the student has moved
 */
record OptionsInput(Type type, int count, int cursor, Set<Integer> chosen) implements AnswerInput {
    enum Type { CHOICE, TRUEFALSE, MULTI }

    OptionsInput {
        chosen = Set.copyOf(chosen);
    }

    static OptionsInput single(int count) {
        return new OptionsInput(Type.CHOICE, count, -1, Set.of());
    }

    static OptionsInput trueFalse() {
        return new OptionsInput(Type.TRUEFALSE, 2, -1, Set.of());
    }

    static OptionsInput multi(int count) {
        return new OptionsInput(Type.MULTI, count, -1, Set.of());
    }

    boolean multiple() {
        return type == Type.MULTI;
    }

    OptionsInput move(int delta) {
        int c = cursor < 0 ? (delta > 0 ? 0 : count - 1) : Math.floorMod(cursor + delta, count);
        return multiple() ? new OptionsInput(type, count, c, chosen) : new OptionsInput(type, count, c, Set.of(c));
    }

    /** A number key: choose that option (multi: toggle it). Out of range: unchanged. */
    OptionsInput pick(int index) {
        if (index < 0 || index >= count) {
            return this;
        }
        return multiple() ? new OptionsInput(type, count, index, flip(index)) : new OptionsInput(type, count, index, Set.of(index));
    }

    /** Space: multi toggles the option under the cursor; the others choose it. */
    OptionsInput toggle() {
        if (cursor < 0) {
            return move(1);
        }
        return multiple() ? new OptionsInput(type, count, cursor, flip(cursor)) : this;
    }

    private Set<Integer> flip(int i) {
        Set<Integer> s = new TreeSet<>(chosen);
        if (!s.remove(i)) {
            s.add(i);
        }
        return s;
    }

    boolean isChosen(int i) {
        return chosen.contains(i);
    }

    @Override
    public Optional<Response> response() {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        int first = chosen.iterator().next();
        return Optional.of(switch (type) {
            case CHOICE -> Response.choice(first);
            case TRUEFALSE -> Response.trueFalse(first == 0);
            case MULTI -> Response.multi(chosen);
        });
    }

    @Override
    public String missing() {
        return switch (type) {
            case CHOICE -> "choose an option with ↑↓ or its number, then press Enter (Tab skips)";
            case TRUEFALSE -> "press t (true) or f (false), then Enter (Tab skips)";
            case MULTI -> "press Space or a number to tick every option that applies, then Enter (Tab skips)";
        };
    }
}
