package org.sourcequiz.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TrueFalseQuestion;

/** Every question of the bundled bank, answered as its file says, grades RIGHT; its expected text reads back. */
class BundledBankTest {
    private static final Bank BANK = new BankLoader(Path.of("")).loadBundled().bank();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyQuestionAnsweredRightIsGradedRight() {
        QuizPlan plan = QuizPlan.select(BANK, Selection.all(5));
        assertThat(plan.size()).isGreaterThan(100);
        QuizSession s = QuizSession.start(plan, QuizOptions.of(Mode.PRACTICE), CLOCK, "b", AnswerListener.NONE);
        while (!s.finished()) {
            Presented p = s.current();
            Grade g = s.answer(rightAnswer(p));
            assertThat(g.verdict()).as(p.id() + " given " + g.given()).isEqualTo(Verdict.RIGHT);
        }
        assertThat(s.result().percentage()).isEqualTo(100);
    }

    @Test
    void mostPassagesGetSomethingHighlighted() {
        long without = BANK.questions().stream().filter(q -> Highlights.of(q).isEmpty()).count();
        // True/false statements have no answer text to find; the rest should mark something.
        long nonTf = BANK.questions().stream().filter(q -> !(q instanceof TrueFalseQuestion) && Highlights.of(q).isEmpty()).count();
        assertThat(nonTf).as("non-true/false questions with nothing highlighted (of " + without + " in all)").isLessThan(BANK.questions().size() / 5);
    }

    static Response rightAnswer(Presented p) {
        Question q = p.question();
        if (q instanceof ChoiceQuestion c) {
            return Response.choice(p.options().indexOf(c.answerText()));
        } else if (q instanceof MultiQuestion m) {
            Set<Integer> shown = new HashSet<>();
            m.answerTexts().forEach(t -> shown.add(p.options().indexOf(t)));
            return Response.multi(shown);
        } else if (q instanceof TrueFalseQuestion t) {
            return Response.trueFalse(t.answer());
        } else if (q instanceof OrderQuestion o) {
            return Response.order(o.items().stream().map(p.options()::indexOf).toList());
        } else if (q instanceof MatchQuestion m) {
            Map<Integer, Integer> pairs = new HashMap<>();
            for (MatchQuestion.Pair pair : m.pairs()) {
                pairs.put(p.options().indexOf(pair.left()), p.rights().indexOf(pair.right()));
            }
            return Response.match(pairs);
        }
        if (q instanceof org.sourcequiz.model.OpenQuestion o) {
            return Response.selfGraded(o.modelAnswer(), SelfGrade.RIGHT);
        }
        if (q instanceof NumberQuestion n) {
            // Typed with its unit, as a student might: "12,800 personnel".
            return Response.typed(NumberAnswer.format(n.value() != null ? n.value() : n.low()) + " " + n.unit());
        }
        // date, text: type the expected answer as it is shown to the student.
        return Response.typed(Expected.text(q).replaceAll(" \\(.*accepted\\)$", ""));
    }

    @Test
    void everyDateQuestionTakesTheCommonForms() {
        for (Question q : BANK.questions()) {
            if (!(q instanceof DateQuestion d)) {
                continue;
            }
            java.time.LocalDate t = d.date();
            String mon = t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
            String month = t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            List<String> forms = switch (d.precision()) {
                case DAY -> List.of(t.toString(), t.getDayOfMonth() + "." + t.getMonthValue() + "." + t.getYear(),
                        String.format("%02d/%02d/%d", t.getDayOfMonth(), t.getMonthValue(), t.getYear()),
                        mon + " " + t.getDayOfMonth() + ", " + t.getYear(), t.getDayOfMonth() + " " + month,
                        month.toLowerCase(java.util.Locale.ROOT) + " " + t.getDayOfMonth());
                case MONTH -> List.of(month + " " + t.getYear(), mon + " " + t.getYear(), t.toString().substring(0, 7), month);
                case YEAR -> List.of(Integer.toString(t.getYear()));
            };
            for (String form : forms) {
                QuizSession s = QuizSession.ofIds(BANK, List.of(q.id()), 1, QuizOptions.of(Mode.PRACTICE), CLOCK, "d", AnswerListener.NONE);
                assertThat(s.answer(Response.typed(form)).verdict()).as(q.id() + " as " + form).isEqualTo(Verdict.RIGHT);
            }
        }
    }
}
