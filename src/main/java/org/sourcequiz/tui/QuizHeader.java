package org.sourcequiz.tui;

/**
 * The header of the quiz screens.
 *
 * @param score "Score 2 of 3" (practice, flashcard) or "Answered 3" (exam, which tells nothing before the end)
 * @param timer time left under a limit, time so far in an exam, else ""
 */
record QuizHeader(String setTitle, String questionId, int position, int total, String score, String timer) {}
