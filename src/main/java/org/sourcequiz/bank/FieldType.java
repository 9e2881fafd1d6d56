package org.sourcequiz.bank;

/** The shape a key's value must have in a question file. */
enum FieldType {
    /** One line of text. */
    STRING,
    /** Text that may span lines (prompts, passages, explanations). */
    TEXT,
    STRING_LIST,
    INTEGER,
    NUMBER,
    BOOLEAN,
    /** An ISO date: {@code 2021-09-09}, {@code 2021-09} or {@code 2021}. */
    ISO_DATE,
    /** {@code [low, high]}. */
    NUMBER_RANGE,
    /** A list of {@code {left, right}} mappings. */
    PAIR_LIST,
    /** {@code {date, reason}}. */
    ESTIMATE,
    /** A list of fractions of the points, each from -1 to 1. */
    WEIGHT_LIST,
    /** A list of texts, where "" means none. */
    FEEDBACK_LIST,
    /** {@code {true: ..., false: ...}}: the feedback for each answer to a true/false question. */
    TRUEFALSE_FEEDBACK,
    /** A list of {@code {answer, tolerance | range, weight, feedback}} mappings. */
    BAND_LIST,
    /** One of a few words, listed in the field's description. */
    WORD,
    /** A list of question mappings. */
    QUESTION_LIST,
    /** A list of source mappings. */
    SOURCE_LIST
}
