package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TrueFalseQuestion;

class RatingsTest {
    @Test
    void gradesMapToRatings() {
        assertThat(Ratings.fromGrade(Verdict.RIGHT, 3, 8)).isEqualTo(Rating.EASY);
        assertThat(Ratings.fromGrade(Verdict.RIGHT, 12, 8)).isEqualTo(Rating.GOOD);
        assertThat(Ratings.fromGrade(Verdict.PARTIAL, 3, 8)).isEqualTo(Rating.HARD);
        assertThat(Ratings.fromGrade(Verdict.WRONG, 3, 8)).isEqualTo(Rating.AGAIN);
        assertThat(Ratings.fromGrade(Verdict.SKIPPED, 3, 8)).isEqualTo(Rating.AGAIN);
    }

    @Test
    void longerQuestionsGetMoreTimeToCountAsFast() {
        Stem shortStem = new Stem("q", "Zapad was in 2021.", "s", "p", "", List.of(), 1, 1, List.of());
        Stem longStem = new Stem("q", "Which of these statements about the joint exercise is the one the article makes?",
                "s", "p", "", List.of(), 1, 1, List.of());
        double quick = Ratings.fastSeconds(new TrueFalseQuestion(shortStem, true));
        double slow = Ratings.fastSeconds(new ChoiceQuestion(longStem,
                List.of("It was held in September 2021 by both armies", "It was cancelled", "It was held in 2022"), 0));
        assertThat(quick).isEqualTo(5 + 4 / 4.0);
        assertThat(slow).isGreaterThan(quick + 4);
        assertThat(Ratings.fromGrade(Verdict.RIGHT, 8, new TrueFalseQuestion(shortStem, true))).isEqualTo(Rating.GOOD);
    }
}
