package org.sourcequiz.interop;

import java.math.BigDecimal;
import java.util.List;
import org.sourcequiz.text.YamlQuoted;
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
 * A set as a question file (format 1, YAML). Every string is double-quoted, so no text from an
 * imported file can be read back as YAML syntax, a number or a boolean.
 */
public final class SetFileWriter {
    private final StringBuilder out = new StringBuilder(4096);

    private SetFileWriter() {}

    public static String write(QuestionSet set) {
        SetFileWriter w = new SetFileWriter();
        w.set(set);
        return w.out.toString();
    }

    private void set(QuestionSet set) {
        out.append("format: 1\n");
        key(0, "id").str(set.id()).nl();
        key(0, "title").str(set.title()).nl();
        if (!set.description().isEmpty()) {
            key(0, "description").str(set.description()).nl();
        }
        if (set.imported()) {
            out.append("origin: imported\n");
        }
        if (!set.tags().isEmpty()) {
            key(0, "tags").list(set.tags()).nl();
        }
        out.append("questions:\n");
        for (Question q : set.questions()) {
            question(q);
        }
    }

    private void question(Question q) {
        out.append("  - ");
        quoted(out.append("id: "), q.id()).append('\n');
        key(4, "kind").append(q.kind().fileName()).nl();
        key(4, "prompt").str(q.prompt()).nl();
        if (!q.sourceId().isEmpty()) {
            key(4, "source").str(q.sourceId()).nl();
        }
        if (!q.passage().isEmpty()) {
            key(4, "passage").str(q.passage()).nl();
        }
        if (!q.stem().explain().isEmpty()) {
            key(4, "explain").str(q.stem().explain()).nl();
        }
        if (!q.tags().isEmpty()) {
            key(4, "tags").list(q.tags()).nl();
        }
        if (q.points() != 1) {
            key(4, "points").append(q.points()).nl();
        }
        if (q instanceof ChoiceQuestion c) {
            key(4, "choices").list(c.choices()).nl();
            key(4, "answer").str(c.answerText()).nl();
            weightsAndFeedback(c.weights(), c.feedback());
        } else if (q instanceof MultiQuestion m) {
            key(4, "choices").list(m.choices()).nl();
            key(4, "answers").list(m.answerTexts()).nl();
            weightsAndFeedback(m.weights(), m.feedback());
        } else if (q instanceof TrueFalseQuestion t) {
            key(4, "answer").append(t.answer()).nl();
            if (!t.feedbackTrue().isEmpty() || !t.feedbackFalse().isEmpty()) {
                key(4, "feedback").append("{true: ");
                quoted(quoted(out, t.feedbackTrue()).append(", false: "), t.feedbackFalse()).append("}\n");
            }
        } else if (q instanceof TextQuestion t) {
            key(4, "answers").list(t.accepted()).nl();
            weightsAndFeedback(t.weights(), t.feedback());
            other(t.otherFeedback());
        } else if (q instanceof NumberQuestion n) {
            number(n);
        } else if (q instanceof OpenQuestion o) {
            if (!o.modelAnswer().isEmpty()) {
                key(4, "answer").str(o.modelAnswer()).nl();
            }
        } else if (q instanceof OrderQuestion o) {
            key(4, "items").list(o.items()).nl();
        } else if (q instanceof MatchQuestion m) {
            key(4, "pairs").nl();
            for (MatchQuestion.Pair p : m.pairs()) {
                quoted(quoted(out.append("      - {left: "), p.left()).append(", right: "), p.right()).append("}\n");
            }
            if (!m.distractors().isEmpty()) {
                key(4, "distractors").list(m.distractors()).nl();
            }
        } else if (q instanceof DateQuestion d) {
            key(4, "answer").str(isoDate(d)).nl();
        }
    }

    static String isoDate(DateQuestion d) {
        String iso = d.date().toString();
        return switch (d.precision()) {
            case DAY -> iso;
            case MONTH -> iso.substring(0, 7);
            case YEAR -> iso.substring(0, 4);
        };
    }

    private void number(NumberQuestion n) {
        if (n.value() != null && n.value().subtract(n.low()).compareTo(n.high().subtract(n.value())) == 0) {
            key(4, "answer").append(plain(n.value())).nl();
            BigDecimal tol = n.high().subtract(n.value());
            if (tol.signum() != 0) {
                key(4, "tolerance").append(plain(tol)).nl();
            }
        } else {
            if (n.value() != null) {
                key(4, "answer").append(plain(n.value())).nl();
            }
            key(4, "range").append("[").append(plain(n.low())).append(", ").append(plain(n.high())).append("]").nl();
        }
        if (!n.unit().isEmpty()) {
            key(4, "unit").str(n.unit()).nl();
        }
        if (!n.alternatives().isEmpty()) {
            key(4, "alternatives").nl();
            for (NumberQuestion.Band b : n.alternatives()) {
                out.append("      - {");
                if (b.value() != null && b.value().subtract(b.low()).compareTo(b.high().subtract(b.value())) == 0) {
                    out.append("answer: ").append(plain(b.value())).append(", tolerance: ").append(plain(b.high().subtract(b.value())));
                } else {
                    out.append("range: [").append(plain(b.low())).append(", ").append(plain(b.high())).append("]");
                }
                out.append(", weight: ").append(weight(b.weight()));
                if (!b.feedback().isEmpty()) {
                    quoted(out.append(", feedback: "), b.feedback());
                }
                out.append("}\n");
            }
        }
        other(n.otherFeedback());
    }

    private void other(String feedback) {
        if (!feedback.isEmpty()) {
            key(4, "other_feedback").str(feedback).nl();
        }
    }

    private void weightsAndFeedback(List<Double> weights, List<String> feedback) {
        if (!weights.isEmpty()) {
            key(4, "weights").append("[");
            for (int i = 0; i < weights.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(weight(weights.get(i)));
            }
            out.append("]\n");
        }
        if (!feedback.isEmpty()) {
            key(4, "feedback").list(feedback).nl();
        }
    }

    static String weight(double w) {
        return BigDecimal.valueOf(w).setScale(10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private SetFileWriter key(int indent, String key) {
        out.append(" ".repeat(indent)).append(key).append(": ");
        return this;
    }

    private SetFileWriter str(String s) {
        quoted(out, s);
        return this;
    }

    private SetFileWriter append(Object o) {
        out.append(o);
        return this;
    }

    private SetFileWriter list(List<String> items) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            quoted(out.append(i == 0 ? "" : ", "), items.get(i));
        }
        out.append(']');
        return this;
    }

    private void nl() {
        if (out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append('\n');
    }

    private static StringBuilder quoted(StringBuilder b, String s) {
        return YamlQuoted.append(b, s);
    }
}
