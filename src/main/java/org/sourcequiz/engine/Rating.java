package org.sourcequiz.engine;

/** A flashcard self-rating, as in Anki: AGAIN is a failed recall, the others are passes. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    public boolean passed() {
        return this != AGAIN;
    }
}
