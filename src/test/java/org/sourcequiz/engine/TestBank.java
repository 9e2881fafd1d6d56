package org.sourcequiz.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** A small bank with one question of every kind, built in code. */
final class TestBank {
    private TestBank() {}

    static Stem stem(String id, String source, String passage, List<String> tags) {
        return new Stem(id, "Prompt of " + id + "?", source, passage, "Because.", tags, 1, 1, List.of());
    }

    static final ChoiceQuestion CHOICE = new ChoiceQuestion(
            stem("c1", "s1", "On September 10-16, Russia and Belarus officially held Zapad-2021.", List.of("date")),
            List.of("10–16 September 2021", "8–14 September 2021", "17–19 September 2021", "26–27 September 2021"), 0);
    static final MultiQuestion MULTI = new MultiQuestion(
            stem("m1", "s1", "Armenia, India, Kazakhstan and Mongolia took part.", List.of("figure")),
            List.of("Armenia", "India", "Kazakhstan", "Mongolia", "China", "Syria"), List.of(0, 1, 2, 3));
    static final TrueFalseQuestion TRUEFALSE = new TrueFalseQuestion(
            stem("t1", "s1", "The exercise was offensive.", List.of("claim")), true);
    static final NumberQuestion NUMBER = NumberQuestion.exact(
            stem("n1", "s2", "The exercise engaged 200,000 military personnel.", List.of("figure")),
            new BigDecimal("200000"), BigDecimal.ZERO, "military personnel");
    static final DateQuestion DATE = new DateQuestion(
            stem("d1", "s2", "Putin and Lukashenko met on 9 September.", List.of("date")),
            LocalDate.of(2021, 9, 9), DatePrecision.DAY);
    static final TextQuestion TEXT = new TextQuestion(
            stem("x1", "s2", "Gatis Krūms wrote it.", List.of("claim")), List.of("Gatis Krūms", "Krūms"));
    static final OrderQuestion ORDER = new OrderQuestion(
            stem("o1", "s2", "First A, then B, then C, then D.", List.of("date")), List.of("A", "B", "C", "D"));
    static final MatchQuestion MATCH = new MatchQuestion(
            stem("p1", "s1", "About 200 thousand people, more than 700 units of equipment, more than 80 planes.", List.of("figure")),
            List.of(new MatchQuestion.Pair("about 200 thousand", "people"),
                    new MatchQuestion.Pair("more than 700", "units of equipment"),
                    new MatchQuestion.Pair("more than 80", "planes")),
            List.of("fighters"));

    static final OpenQuestion OPEN = new OpenQuestion(
            stem("e1", "s2", "Gatis Krūms wrote it.", List.of("claim")), "Because Krūms wrote it.");

    static final Source S1 = new Source("s1", "Integration or Imitation", List.of("Oksana Kuzan", "Borys Grachov"),
            new Published("2021-09-30", false, ""), "", "", "");
    static final Source S2 = new Source("s2", "Swan song", List.of("Gatis Krūms"), new Published("2021-10-22", false, ""), "", "", "");

    static Bank bank() {
        QuestionSet a = new QuestionSet("alpha", "Alpha", "", List.of(), List.of(CHOICE, MULTI, TRUEFALSE, MATCH), "alpha.yaml");
        QuestionSet b = new QuestionSet("beta", "Beta", "", List.of(), List.of(NUMBER, DATE, TEXT, ORDER, OPEN), "beta.yaml");
        return new Bank(List.of(S1, S2), List.of(a, b));
    }

    /** Twenty plain choice questions, for shuffling statistics. */
    static Bank many() {
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            qs.add(new ChoiceQuestion(stem("q" + i, "s1", "passage", List.of()), List.of("a", "b", "c", "d", "e"), 0));
        }
        return new Bank(List.of(S1), List.of(new QuestionSet("many", "Many", "", List.of(), qs, "many.yaml")));
    }
}
