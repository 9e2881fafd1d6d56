package org.sourcequiz.study;

/** How well a question was recalled, on FSRS's four-point scale; {@code grade} is the number the formulas use. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
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
