package org.sourcequiz.interop;

/** One pair of a Moodle matching question; an empty {@code text} makes {@code answer} a distractor. */
public record Subquestion(Formatted text, String answer) {}
