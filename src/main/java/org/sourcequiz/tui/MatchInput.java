package org.sourcequiz.tui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.engine.Response;

/**
 * match: a cursor over the left-hand items and the pairs made so far (left index to right index).
 * A right-hand value belongs to one item at a time: giving it to another item takes it back.
 */
record MatchInput(int lefts, int rights, int cursor, Map<Integer, Integer> pairs) implements AnswerInput {
    MatchInput {
        pairs = Map.copyOf(pairs);
    }

    static MatchInput of(int lefts, int rights) {
        return new MatchInput(lefts, rights, 0, Map.of());
    }

    MatchInput move(int delta) {
        return new MatchInput(lefts, rights, Math.floorMod(cursor + delta, lefts), pairs);
    }

    MatchInput pick(int left) {
        return left < 0 || left >= lefts ? this : new MatchInput(lefts, rights, left, pairs);
    }

    /** Pairs the item under the cursor with {@code right} and moves on to the next item without a pair. */
    MatchInput pair(int right) {
        if (right < 0 || right >= rights) {
            return this;
        }
        Map<Integer, Integer> p = new HashMap<>(pairs);
        p.values().removeIf(r -> r == right);
        p.put(cursor, right);
        int next = cursor;
        for (int i = 1; i <= lefts; i++) {
            int c = (cursor + i) % lefts;
            if (!p.containsKey(c)) {
                next = c;
                break;
            }
        }
        return new MatchInput(lefts, rights, next, p);
    }

    MatchInput unpair() {
        Map<Integer, Integer> p = new HashMap<>(pairs);
        p.remove(cursor);
        return new MatchInput(lefts, rights, cursor, p);
    }

    Optional<Integer> rightOf(int left) {
        return Optional.ofNullable(pairs.get(left));
    }

    @Override
    public Optional<Response> response() {
        return pairs.isEmpty() ? Optional.empty() : Optional.of(Response.match(pairs));
    }

    @Override
    public String missing() {
        return "choose an item with ↑↓ or its number, then press the letter of its value (Tab skips)";
    }
}
