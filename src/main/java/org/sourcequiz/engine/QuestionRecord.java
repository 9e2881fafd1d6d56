package org.sourcequiz.engine;

import java.util.List;
import org.sourcequiz.model.Kind;

/** One question's line in a {@link QuizResult}. */
public record QuestionRecord(String questionId, String setId, String sourceId, Kind kind, List<String> tags,
                             String prompt, String given, String expected, Verdict verdict,
                             double points, double maxPoints, double seconds) {
    public QuestionRecord {
        tags = List.copyOf(tags);
    }
}
