package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/** Aiken holds single-choice questions, each text on one line, with no feedback; the rest is skipped with its reason. */
public final class AikenWriter {
    private AikenWriter() {}

    public static Exported write(List<QuestionSet> sets) {
        StringBuilder out = new StringBuilder();
        List<ExportProblem> problems = new ArrayList<>();
        int exported = 0;
        for (QuestionSet s : sets) {
            for (Question q : s.questions()) {
                String why = reason(q);
                if (why != null) {
                    problems.add(new ExportProblem(q.id(), q.kind().fileName(), "skipped", why));
                    continue;
                }
                ChoiceQuestion c = (ChoiceQuestion) q;
                out.append(oneLine(c.prompt())).append('\n');
                for (int i = 0; i < c.choices().size(); i++) {
                    out.append((char) ('A' + i)).append(") ").append(oneLine(c.choices().get(i))).append('\n');
                }
                out.append("ANSWER: ").append((char) ('A' + c.answer())).append("\n\n");
                exported++;
            }
        }
        return new Exported(out.toString(), exported, problems);
    }

    private static String reason(Question q) {
        if (!(q instanceof ChoiceQuestion c)) {
            return q.kind().fileName() + ": Aiken holds single-choice questions only";
        }
        if (!c.weights().isEmpty() && c.weights().stream().filter(w -> w != 0).count() > 1) {
            return "choice: partial credit per option; Aiken has one right answer and nothing else";
        }
        if (oneLine(c.prompt()).length() < 2) {
            return "choice: Aiken ignores a question line shorter than two characters";
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
