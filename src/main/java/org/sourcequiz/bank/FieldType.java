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
    /** A list of question mappings. */
    QUESTION_LIST,
    /** A list of source mappings. */
    SOURCE_LIST
}
