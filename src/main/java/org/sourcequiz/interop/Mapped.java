package org.sourcequiz.interop;

import java.util.List;
import org.sourcequiz.model.Question;

/** One Moodle question in our model: the question (null when skipped) and what the report says of it. */
record Mapped(Question question, List<ImportProblem> problems) {
    Mapped {
        problems = List.copyOf(problems);
    }
}
