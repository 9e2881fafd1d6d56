package org.sourcequiz.engine;

/** How a quiz is run. */
public enum Mode {
    /** Feedback (grade, expected answer, passage) after each answer. */
    PRACTICE,
    /** No feedback until the end; optional time limit and negative marking. */
    EXAM,
    /** Show the question, reveal the answer, then the student rates their own recall. */
    FLASHCARD;

    /** True when a UI should show each {@link Grade} as soon as it is given. */
    public boolean feedbackAfterEachAnswer() {
        return this != EXAM;
    }
}
