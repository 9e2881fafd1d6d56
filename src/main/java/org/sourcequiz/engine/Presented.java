package org.sourcequiz.engine;

import java.util.List;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;

/**
 * The current question as a UI shows it. Every index a {@link Response} carries refers to the
 * lists here, in their display order, so a UI never needs to know how they were shuffled.
 *
 * @param position 1-based position in the quiz
 * @param total    number of questions in the quiz
 * @param options  choice/multi: the options; order: the items to order; match: the left-hand items; else empty
 * @param rights   match: the right-hand values (pairs' right sides and distractors); else empty
 */
public record Presented(Question question, String setId, String setTitle, int position, int total,
                        List<String> options, List<String> rights, Source source) {
    public Presented {
        options = List.copyOf(options);
        rights = List.copyOf(rights);
    }

    public Kind kind() {
        return question.kind();
    }

    public String id() {
        return question.id();
    }
}
