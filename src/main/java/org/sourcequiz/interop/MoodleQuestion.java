package org.sourcequiz.interop;

import java.util.List;

/**
 * A question as Moodle holds it, whichever file it came from: what every reader produces and the
 * one mapper turns into our model. Types keep Moodle's names (multichoice, truefalse, shortanswer,
 * numerical, match, essay, description, ordering, ...).
 *
 * @param category the category path in force where the question was read ("" = none)
 * @param single multichoice: one answer (radio buttons) rather than several
 * @param modelAnswer essay: Moodle's "information for graders", our model answer
 * @param line where the question starts in its file, 1-based
 */
public record MoodleQuestion(String qtype, String name, Formatted text, Formatted generalFeedback,
                             String category, String idNumber, List<String> tags,
                             List<MoodleAnswer> answers, List<Subquestion> subquestions,
                             boolean single, Formatted modelAnswer, int line) {
    public MoodleQuestion {
        name = name == null ? "" : name;
        category = category == null ? "" : category;
        idNumber = idNumber == null ? "" : idNumber;
        tags = List.copyOf(tags);
        answers = List.copyOf(answers);
        subquestions = List.copyOf(subquestions);
        generalFeedback = generalFeedback == null ? Formatted.EMPTY : generalFeedback;
        modelAnswer = modelAnswer == null ? Formatted.EMPTY : modelAnswer;
    }
}
