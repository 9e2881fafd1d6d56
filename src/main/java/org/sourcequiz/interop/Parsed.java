package org.sourcequiz.interop;

import java.util.List;

/** What a reader makes of one file: the questions it could read and the blocks it could not. */
public record Parsed(List<MoodleQuestion> questions, List<ImportProblem> problems) {
    public Parsed {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }
}
