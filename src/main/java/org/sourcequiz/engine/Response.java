package org.sourcequiz.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a student gave for the current question. Indexes are 0-based positions in the lists of
 * {@link Presented} (display order), never positions in the question file.
 */
public sealed interface Response {
    record Skipped() implements Response {}

    /** choice: the shown option picked. */
    record Choice(int shown) implements Response {}

    /** multi: the shown options picked. */
    record Multi(Set<Integer> shown) implements Response {
        public Multi {
            shown = Set.copyOf(shown);
        }
    }

    record TrueFalse(boolean value) implements Response {}

    /** number, date or text: the text as typed; the engine parses it. */
    record Typed(String text) implements Response {}

    /** order: the shown items' indexes, in the order the student puts them (first = earliest). */
    record Order(List<Integer> shown) implements Response {
        public Order {
            shown = List.copyOf(shown);
        }
    }

    /** match: shown left index to shown right index; a left item left out is unmatched. */
    record Match(Map<Integer, Integer> pairs) implements Response {
        public Match {
            pairs = Map.copyOf(pairs);
        }
    }

    /** open: the answer as written, and how the student rated it against the model answer. */
    record SelfGraded(String text, SelfGrade grade) implements Response {
        public SelfGraded {
            java.util.Objects.requireNonNull(text, "text");
            java.util.Objects.requireNonNull(grade, "grade");
        }
    }

    /** flashcard: the student's rating of their own recall after the reveal. */
    record SelfRating(Rating rating) implements Response {}

    static Response skipped() {
        return new Skipped();
    }

    static Response choice(int shown) {
        return new Choice(shown);
    }

    static Response multi(Set<Integer> shown) {
        return new Multi(shown);
    }

    static Response trueFalse(boolean value) {
        return new TrueFalse(value);
    }

    static Response typed(String text) {
        return new Typed(text);
    }

    static Response order(List<Integer> shown) {
        return new Order(shown);
    }

    static Response match(Map<Integer, Integer> pairs) {
        return new Match(pairs);
    }

    static Response selfGraded(String text, SelfGrade grade) {
        return new SelfGraded(text, grade);
    }

    static Response selfRating(Rating rating) {
        return new SelfRating(rating);
    }
}
