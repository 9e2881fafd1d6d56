package org.sourcequiz.authoring;

import java.util.List;

/** An item analysis: the test's figures and each question's, in the order the questions were first met. */
public record ItemAnalysisReport(TestFigures test, List<ItemFigures> questions) {
    public ItemAnalysisReport {
        questions = List.copyOf(questions);
    }
}
