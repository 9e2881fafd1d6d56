package org.sourcequiz.model;

import java.util.List;

/** Items to put in order; {@code items} holds them in the correct order. */
public record OrderQuestion(Stem stem, List<String> items) implements Question {
    public OrderQuestion {
        items = List.copyOf(items);
    }

    @Override
    public Kind kind() {
        return Kind.ORDER;
    }
}
