package org.sourcequiz.explore;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** The searchable fields of the index, and what of a question goes into each. */
final class IndexFields {
    static final String PROMPT = "prompt";
    static final String ANSWER = "answer";
    static final String PASSAGE = "passage";
    static final String EXPLAIN = "explain";
    static final String ARTICLE = "article";
    /** Every text of a document at once: what queries run on (one field keeps their clause count low). */
    static final String ALL = "all";
    /** Where a snippet is looked for, in the order a match is preferred. */
    static final String[] SNIPPET_FIELDS = {PROMPT, ANSWER, PASSAGE, EXPLAIN, ARTICLE};

    static final String TYPE = "type";
    static final String ID = "id";
    static final String SET = "set";
    static final String SOURCE = "source";
    static final String PARAGRAPH = "paragraph";

    private IndexFields() {}

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /**
     * ISO at the question's precision and in words, so both `2021-09` and `September 2021` find it.
     * Padded by hand: String.format's Formatter loads regular expressions and locale data, a cost
     * in the cold JVM of a first search.
     */
    private static String date(DateQuestion d) {
        int y = d.date().getYear();
        String month = MONTHS[d.date().getMonthValue() - 1];
        String mm = pad(y, 4) + "-" + pad(d.date().getMonthValue(), 2);
        return switch (d.precision()) {
            case YEAR -> Integer.toString(y);
            case MONTH -> mm + " " + month + " " + y;
            case DAY -> mm + "-" + pad(d.date().getDayOfMonth(), 2) + " " + d.date().getDayOfMonth() + " " + month + " " + y;
        };
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /** The right answer as words: the text a student would search for. */
    static String answer(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return c.choices().get(c.answer());
        } else if (q instanceof MultiQuestion m) {
            List<String> right = new ArrayList<>();
            m.answers().forEach(i -> right.add(m.choices().get(i)));
            return String.join("; ", right);
        } else if (q instanceof TrueFalseQuestion t) {
            return t.answer() ? "true" : "false";
        } else if (q instanceof NumberQuestion n) {
            String value = n.value() != null ? n.value().toPlainString() : n.low().toPlainString() + "–" + n.high().toPlainString();
            return n.unit() == null || n.unit().isEmpty() ? value : value + " " + n.unit();
        } else if (q instanceof DateQuestion d) {
            return date(d);
        } else if (q instanceof TextQuestion t) {
            return String.join("; ", t.accepted());
        } else if (q instanceof OrderQuestion o) {
            return String.join("; ", o.items());
        } else if (q instanceof OpenQuestion o) {
            return o.modelAnswer();
        }
        MatchQuestion m = (MatchQuestion) q;
        List<String> pairs = new ArrayList<>();
        m.pairs().forEach(p -> pairs.add(p.left() + " — " + p.right()));
        return String.join("; ", pairs);
    }
}
