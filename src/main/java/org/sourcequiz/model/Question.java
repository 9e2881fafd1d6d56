package org.sourcequiz.model;

import java.util.List;

/** A question of one of the nine kinds. Each kind is a record; the set of kinds is closed. */
public sealed interface Question
        permits ChoiceQuestion, MultiQuestion, TrueFalseQuestion, NumberQuestion,
                DateQuestion, TextQuestion, OrderQuestion, MatchQuestion, OpenQuestion {

    Stem stem();

    Kind kind();

    default String id() {
        return stem().id();
    }

    default String prompt() {
        return stem().prompt();
    }

    default String sourceId() {
        return stem().sourceId();
    }

    default String passage() {
        return stem().passage();
    }

    default List<String> tags() {
        return stem().tags();
    }

    default int points() {
        return stem().points();
    }

    default boolean draft() {
        return stem().draft();
    }
}
