package org.sourcequiz.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;

/** What every writer says the same way: general feedback with the passage and its citation, dates as text, weights. */
final class ExportText {
    private ExportText() {}

    /** The explanation, then the passage and where it comes from, so a Moodle quiz still shows the source. */
    static String generalFeedback(Question q, Bank bank) {
        StringBuilder b = new StringBuilder(q.stem().explain());
        if (!q.passage().isEmpty()) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append("Passage: “").append(q.passage()).append("”");
            bank.source(q.sourceId()).ifPresent(s -> b.append("\nSource: ").append(citation(s)));
        }
        return b.toString();
    }

    static String citation(Source s) {
        StringBuilder b = new StringBuilder();
        if (!s.authors().isEmpty()) {
            b.append(String.join(", ", s.authors())).append(", ");
        }
        b.append("“").append(s.title()).append("”");
        if (!s.outlet().isEmpty()) {
            b.append(", ").append(s.outlet());
        }
        if (s.published().isKnown()) {
            b.append(", ").append(s.published().iso()).append(s.published().estimated() ? " (estimated)" : "");
        }
        return b.toString();
    }

    /** The written forms a date question accepts as a short answer, the ISO form first. */
    static List<String> dateForms(DateQuestion d) {
        int y = d.date().getYear();
        int m = d.date().getMonthValue();
        int day = d.date().getDayOfMonth();
        String month = d.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String shortMonth = d.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        List<String> forms = new ArrayList<>();
        switch (d.precision()) {
            case DAY -> {
                forms.add(d.date().toString());
                forms.add(day + " " + month + " " + y);
                forms.add(month + " " + day + ", " + y);
                forms.add(month + " " + day + " " + y);
                forms.add(day + " " + shortMonth + " " + y);
                forms.add(shortMonth + " " + day + ", " + y);
                forms.add(day + "." + m + "." + y);
                forms.add(String.format("%02d.%02d.%d", day, m, y));
            }
            case MONTH -> {
                forms.add(String.format("%d-%02d", y, m));
                forms.add(month + " " + y);
                forms.add(shortMonth + " " + y);
                forms.add(m + "." + y);
                forms.add(String.format("%02d.%d", m, y));
            }
            case YEAR -> forms.add(Integer.toString(y));
        }
        return forms.stream().distinct().toList();
    }

    /** A multi question's fractions: its weights, or today's partial credit as Moodle fractions (right 1/k, wrong -1/k). */
    static List<Double> multiWeights(MultiQuestion m) {
        if (!m.weights().isEmpty()) {
            return m.weights();
        }
        double share = 1.0 / m.answers().size();
        List<Double> w = new ArrayList<>();
        for (int i = 0; i < m.choices().size(); i++) {
            w.add(m.answers().contains(i) ? share : -share);
        }
        return w;
    }

    /** A fraction as Moodle's percent, at most five decimals: 0.333333 → "33.33333". */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
