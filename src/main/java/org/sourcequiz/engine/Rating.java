package org.sourcequiz.engine;

/**
 * A recall rating on the four-point scale of Anki and FSRS: AGAIN is a failed recall, the others
 * are passes. {@code grade} is the number FSRS's formulas use and history stores.
 */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public boolean passed() {
        return this != AGAIN;
    }

    public int grade() {
        return grade;
    }

    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rating with grade " + grade);
    }
}
