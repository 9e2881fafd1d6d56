package org.sourcequiz.tui;

import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuestionRecord;
import org.sourcequiz.engine.QuizResult;

/** Builds the results view: finds the missed question shown, with its passage and, when it was answered, its grade. */
final class ResultsViews {
    private ResultsViews() {}

    static ResultsView of(UiState.Done d, boolean homeAfter) {
        QuizResult r = d.result();
        List<QuestionRecord> missed = r.missed();
        Optional<Presented> question = Optional.empty();
        Optional<Grade> grade = Optional.empty();
        if (!missed.isEmpty()) {
            QuestionRecord m = missed.get(d.missed());
            question = d.session().plan().questions().stream().filter(p -> p.id().equals(m.questionId())).findFirst();
            // Grades and records are kept in step, except for the questions a time-out skipped (no grade).
            int at = r.records().indexOf(m);
            List<Grade> grades = d.session().grades();
            grade = at >= 0 && at < grades.size() ? Optional.of(grades.get(at)) : Optional.empty();
        }
        return new ResultsView(r, d.bySource(), d.missed(), question, grade, homeAfter, d.message(), d.scroll());
    }
}
