package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;

/**
 * Turns a graded answer into an FSRS rating for the quiz modes: right and fast is Easy, right is
 * Good, partial is Hard, wrong or skipped is Again. Flashcard mode passes the learner's own rating
 * instead.
 */
public final class Ratings {
    /** Reading speed assumed for "fast": about 240 words a minute, a brisk silent-reading pace. */
    private static final double WORDS_PER_SECOND = 4.0;
    /** Time to think and type that even a known answer needs. */
    private static final double BASE_SECONDS = 5.0;

    private Ratings() {}

    public static Rating fromGrade(Verdict verdict, double seconds, double fastSeconds) {
        return switch (verdict) {
            case RIGHT -> seconds <= fastSeconds ? Rating.EASY : Rating.GOOD;
            case PARTIAL -> Rating.HARD;
            case WRONG, SKIPPED -> Rating.AGAIN;
        };
    }

    public static Rating fromGrade(Verdict verdict, double seconds, Question question) {
        return fromGrade(verdict, seconds, fastSeconds(question));
    }

    /**
     * How quickly a right answer must come to count as effortless: a fixed allowance plus the time
     * to read what is on screen, so a long match question is not held to a short true/false's pace.
     */
    public static double fastSeconds(Question question) {
        int words = words(question.prompt());
        if (question instanceof ChoiceQuestion c) {
            words += c.choices().stream().mapToInt(Ratings::words).sum();
        } else if (question instanceof MultiQuestion m) {
            words += m.choices().stream().mapToInt(Ratings::words).sum();
        } else if (question instanceof OrderQuestion o) {
            words += o.items().stream().mapToInt(Ratings::words).sum();
        } else if (question instanceof MatchQuestion m) {
            words += m.pairs().stream().mapToInt(p -> words(p.left()) + words(p.right())).sum();
            words += m.distractors().stream().mapToInt(Ratings::words).sum();
        }
        return BASE_SECONDS + words / WORDS_PER_SECOND;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
