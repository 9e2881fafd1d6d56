package org.sourcequiz.model;

import java.util.List;

/** A short typed answer such as a name; the first accepted answer is the canonical one. */
public record TextQuestion(Stem stem, List<String> accepted) implements Question {
    public TextQuestion {
        accepted = List.copyOf(accepted);
        if (accepted.isEmpty()) {
            throw new IllegalArgumentException("no accepted answer");
        }
    }

    @Override
    public Kind kind() {
        return Kind.TEXT;
    }
}
