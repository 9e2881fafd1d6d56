package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sourcequiz.engine.Response;

/**
 * order: the shown items in the student's order. The cursor runs over the items and, below them,
 * the row that sends the answer ({@code cursor == order.size()}). An item picked up ({@code held})
 * travels with the arrow keys until it is put down.
 */
record OrderInput(List<Integer> order, int cursor, boolean held) implements AnswerInput {
    OrderInput {
        order = List.copyOf(order);
    }

    static OrderInput of(int items) {
        return new OrderInput(IntStream.range(0, items).boxed().toList(), 0, false);
    }

    boolean onAnswerRow() {
        return cursor == order.size();
    }

    OrderInput move(int delta) {
        if (held) {
            int to = cursor + delta;
            if (to < 0 || to >= order.size()) {
                return this;
            }
            List<Integer> o = new ArrayList<>(order);
            o.set(cursor, order.get(to));
            o.set(to, order.get(cursor));
            return new OrderInput(o, to, true);
        }
        return new OrderInput(order, Math.max(0, Math.min(order.size(), cursor + delta)), false);
    }

    /** Pick up or put down the item under the cursor. */
    OrderInput toggle() {
        return onAnswerRow() ? this : new OrderInput(order, cursor, !held);
    }

    @Override
    public Optional<Response> response() {
        return Optional.of(Response.order(order));
    }

    @Override
    public String missing() {
        return "";
    }
}
