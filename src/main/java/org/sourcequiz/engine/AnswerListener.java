package org.sourcequiz.engine;

/**
 * Told about each answer the moment it is graded (the history store implements this, so progress
 * is saved answer by answer). Skips the student makes are reported too; questions never reached
 * (quit, time up) are not.
 */
@FunctionalInterface
public interface AnswerListener {
    AnswerListener NONE = event -> { };

    void answered(AnswerEvent event);
}
