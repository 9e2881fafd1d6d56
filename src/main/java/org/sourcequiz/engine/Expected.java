package org.sourcequiz.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** The right answer of a question as display text, and the texts that make it up. */
final class Expected {
    static final String LIST = "; ";
    static final String THEN = " → ";
    static final String NO_MODEL_ANSWER = "(no model answer: compare yours with the explanation)";

    private Expected() {}

    static String text(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return c.answerText();
        } else if (q instanceof MultiQuestion m) {
            return String.join(LIST, m.answerTexts());
        } else if (q instanceof TrueFalseQuestion t) {
            return t.answer() ? "true" : "false";
        } else if (q instanceof NumberQuestion n) {
            return number(n);
        } else if (q instanceof DateQuestion d) {
            return DateAnswer.format(d.date(), d.precision());
        } else if (q instanceof TextQuestion t) {
            return TextAnswer.shown(t.accepted().get(t.best()));
        } else if (q instanceof OpenQuestion o) {
            return o.modelAnswer().isEmpty() ? NO_MODEL_ANSWER : o.modelAnswer();
        } else if (q instanceof OrderQuestion o) {
            return String.join(THEN, o.items());
        } else if (q instanceof MatchQuestion m) {
            return m.pairs().stream().map(p -> p.left() + THEN + p.right()).collect(Collectors.joining(LIST));
        }
        throw new IllegalArgumentException("unknown kind " + q.kind());
    }

    /** The answer's words as they might appear in a passage. */
    static List<String> parts(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return List.of(c.answerText());
        } else if (q instanceof MultiQuestion m) {
            return m.answerTexts();
        } else if (q instanceof NumberQuestion n) {
            if (n.value() == null) {
                return List.of();
            }
            String grouped = NumberAnswer.format(n.value());
            return List.of(grouped, grouped.replace(',', ' '), n.value().toPlainString());
        } else if (q instanceof DateQuestion d) {
            return dateForms(d);
        } else if (q instanceof TextQuestion t) {
            return t.accepted().stream().filter(a -> !a.contains("*")).toList();
        } else if (q instanceof OrderQuestion o) {
            return o.items();
        } else if (q instanceof MatchQuestion m) {
            return m.pairs().stream().flatMap(p -> java.util.stream.Stream.of(p.left(), p.right())).toList();
        }
        return List.of();
    }

    private static List<String> dateForms(DateQuestion d) {
        String month = d.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        int day = d.date().getDayOfMonth();
        int year = d.date().getYear();
        return switch (d.precision()) {
            case DAY -> List.of(day + " " + month + " " + year, month + " " + day + ", " + year,
                    month + " " + day, day + " " + month);
            case MONTH -> List.of(month + " " + year, month);
            case YEAR -> List.of(Integer.toString(year));
        };
    }

    private static String number(NumberQuestion n) {
        String unit = n.unit().isEmpty() ? "" : n.unit().equals("%") ? "%" : " " + n.unit();
        String low = NumberAnswer.format(n.low());
        String high = NumberAnswer.format(n.high());
        if (n.value() == null) {
            return "between " + low + " and " + high + unit;
        }
        String value = NumberAnswer.format(n.value()) + unit;
        return n.low().compareTo(n.high()) == 0 ? value : value + " (" + low + " to " + high + " accepted)";
    }
}
