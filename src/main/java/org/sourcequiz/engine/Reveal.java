package org.sourcequiz.engine;

import java.util.List;

/** What a flashcard shows when turned over, before the student rates it. */
public record Reveal(String expected, List<String> highlights) {
    public Reveal {
        highlights = List.copyOf(highlights);
    }
}
