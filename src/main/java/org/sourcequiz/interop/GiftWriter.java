package org.sourcequiz.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/**
 * Sets as GIFT that Moodle and the strict GIFT grammar (gift-pegjs) both read: one
 * {@code $CATEGORY:} per set, the id and tags in a comment Moodle reads back, every text escaped
 * and on one line ({@code \n}), weights in percent, general feedback last in the block.
 */
public final class GiftWriter {
    private final StringBuilder out = new StringBuilder(8192);
    private final List<ExportProblem> problems = new ArrayList<>();
    private final Bank bank;
    private int exported;

    private GiftWriter(Bank bank) {
        this.bank = bank;
    }

    public static Exported write(Bank bank, List<QuestionSet> sets) {
        GiftWriter w = new GiftWriter(bank);
        for (QuestionSet s : sets) {
            w.out.append("$CATEGORY: $course$/top/").append(GiftText.escape(s.title()).replace("/", "-")).append("\n\n");
            for (Question q : s.questions()) {
                w.question(q);
            }
        }
        return new Exported(w.out.toString(), w.exported, w.problems);
    }

    private static String e(String s) {
        return GiftText.escape(s);
    }

    private void question(Question q) {
        if (q instanceof OrderQuestion) {
            problems.add(new ExportProblem(q.id(), q.kind().fileName(), "skipped",
                    "order: GIFT has no ordering type; export --format moodlexml holds it"));
            return;
        }
        StringBuilder head = new StringBuilder("// [id:").append(q.id().replace("]", "\\]")).append(']');
        for (String t : q.tags()) {
            head.append(" [tag:").append(t.replace("\\", "\\\\").replace("]", "\\]")).append(']');
        }
        out.append(head).append('\n');
        out.append("::").append(e(q.id())).append("::").append(e(q.prompt())).append(" {");
        String gf = ExportText.generalFeedback(q, bank);
        if (q instanceof ChoiceQuestion c) {
            for (int i = 0; i < c.choices().size(); i++) {
                double w = c.weight(i);
                String mark = c.weights().isEmpty() ? (i == c.answer() ? "=" : "~") : w == 1 ? "=" : w == 0 ? "~" : "~%" + ExportText.percent(w) + "%";
                answer(mark, c.choices().get(i), c.feedbackFor(i));
            }
        } else if (q instanceof MultiQuestion m) {
            List<Double> w = ExportText.multiWeights(m);
            for (int i = 0; i < m.choices().size(); i++) {
                answer("~%" + ExportText.percent(w.get(i)) + "%", m.choices().get(i), m.feedbackFor(i));
            }
        } else if (q instanceof TrueFalseQuestion t) {
            out.append(t.answer() ? "TRUE" : "FALSE");
            String right = t.feedbackFor(t.answer());
            String wrong = t.feedbackFor(!t.answer());
            if (!right.isEmpty() || !wrong.isEmpty()) {
                out.append('#').append(e(wrong)).append('#').append(e(right));
            }
        } else if (q instanceof TextQuestion t) {
            for (int i = 0; i < t.accepted().size(); i++) {
                answer("=%" + ExportText.percent(t.weight(i)) + "%", t.accepted().get(i), t.feedbackFor(i));
            }
            if (!t.otherFeedback().isEmpty()) {
                answer("=%0%", "*", t.otherFeedback());
            }
        } else if (q instanceof DateQuestion d) {
            for (String form : ExportText.dateForms(d)) {
                answer("=%100%", form, "");
            }
        } else if (q instanceof NumberQuestion n) {
            number(n);
        } else if (q instanceof MatchQuestion m) {
            for (MatchQuestion.Pair p : m.pairs()) {
                out.append("\n\t=").append(e(p.left())).append(" -> ").append(e(p.right()));
            }
            for (String d : m.distractors()) {
                out.append("\n\t= -> ").append(e(d));
            }
        } else if (q instanceof OpenQuestion o && !o.modelAnswer().isEmpty()) {
            gf = gf.isEmpty() ? "Model answer: " + o.modelAnswer() : gf + "\n\nModel answer: " + o.modelAnswer();
        }
        if (!gf.isEmpty()) {
            out.append(q instanceof OpenQuestion ? "" : "\n\t").append("####").append(e(gf));
        }
        out.append(q instanceof OpenQuestion || q instanceof TrueFalseQuestion ? "}" : "\n}").append("\n\n");
        exported++;
    }

    private void answer(String mark, String text, String feedback) {
        out.append("\n\t").append(mark).append(e(text));
        if (!feedback.isEmpty()) {
            out.append('#').append(e(feedback));
        }
    }

    private void number(NumberQuestion n) {
        out.append('#');
        BigDecimal value = n.value() != null ? n.value() : n.low().add(n.high()).divide(BigDecimal.valueOf(2));
        band(1, value, n.low(), n.high(), "");
        for (NumberQuestion.Band b : n.alternatives()) {
            band(b.weight(), b.value() != null ? b.value() : b.low().add(b.high()).divide(BigDecimal.valueOf(2)), b.low(), b.high(), b.feedback());
        }
        if (!n.otherFeedback().isEmpty()) {
            out.append("\n\t~#").append(e(n.otherFeedback()));
        }
        if (!n.unit().isEmpty()) {
            problems.add(new ExportProblem(n.id(), n.kind().fileName(), "warning", "unit `" + n.unit() + "` left out: GIFT numbers have none"));
        }
    }

    private void band(double weight, BigDecimal value, BigDecimal low, BigDecimal high, String feedback) {
        out.append("\n\t=%").append(ExportText.percent(weight)).append('%');
        if (value.subtract(low).compareTo(high.subtract(value)) == 0) {
            out.append(ExportText.plain(value)).append(':').append(ExportText.plain(high.subtract(value)));
        } else {
            out.append(ExportText.plain(low)).append("..").append(ExportText.plain(high));
        }
        if (!feedback.isEmpty()) {
            out.append('#').append(e(feedback));
        }
    }
}
