package org.sourcequiz.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The grade of one answer.
 *
 * @param points     points earned; negative only under exam negative marking
 * @param maxPoints  the question's points
 * @param given      the student's answer as display text ("" when skipped); for a typed answer the
 *                   text as typed, followed by how it was read when that differs
 * @param expected   the right answer as display text
 * @param taken      time from when the question was presented to the answer
 * @param highlights exact substrings of the passage to highlight
 * @param rating     the self-rating, for flashcards
 * @param feedback   what the question says about the answer given (a picked choice's feedback,
 *                   the matched accepted answer's, or the one for no match), to show after it
 */
public record Grade(Verdict verdict, double points, double maxPoints, String given, String expected,
                    Duration taken, List<String> highlights, Optional<Rating> rating, List<String> feedback) {
    public Grade {
        highlights = List.copyOf(highlights);
        feedback = List.copyOf(feedback);
    }

    public Grade(Verdict verdict, double points, double maxPoints, String given, String expected,
                 Duration taken, List<String> highlights, Optional<Rating> rating) {
        this(verdict, points, maxPoints, given, expected, taken, highlights, rating, List.of());
    }

    public double seconds() {
        return taken.toMillis() / 1000.0;
    }

    /** Share of the points earned, 0..1 (negative under negative marking). */
    public double fraction() {
        return maxPoints == 0 ? 0 : points / maxPoints;
    }
}
