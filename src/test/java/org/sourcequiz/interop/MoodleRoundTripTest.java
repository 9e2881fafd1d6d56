package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** Export then import gives back every question of the bundled bank the format holds: kind, answers, tolerance, weights. */
class MoodleRoundTripTest {
    private static Bank bank;

    @BeforeAll
    static void load() {
        bank = new BankLoader(Path.of("").toAbsolutePath()).loadBundled().bank();
    }

    @ParameterizedTest
    @EnumSource(value = InteropFormat.class, names = {"GIFT", "MOODLEXML"})
    void everyQuestionComesBack(InteropFormat format) {
        Exported e = format == InteropFormat.GIFT ? GiftWriter.write(bank, bank.sets()) : MoodleXmlWriter.write(bank, bank.sets());
        ImportRun run = new ImportRun();
        FileReport r = run.add("bank", e.text(), format);
        assertThat(r.errors()).isZero();
        assertThat(r.problems()).noneMatch(p -> p.severity().equals("skipped"));
        Map<String, Question> back = run.sets().stream().flatMap(s -> s.questions().stream())
                .collect(Collectors.toMap(Question::id, Function.identity()));
        List<Question> expected = bank.questions().stream()
                .filter(q -> !(format == InteropFormat.GIFT && q instanceof OrderQuestion)).toList();
        assertThat(back).hasSize(expected.size());
        assertThat(e.exported()).isEqualTo(expected.size());
        for (Question q : expected) {
            Question b = back.get(q.id());
            assertThat(b).as(q.id()).isNotNull();
            assertThat(b.prompt()).as(q.id()).isEqualTo(q.prompt());
            assertThat(b.stem().explain()).as(q.id()).contains(q.passage());
            same(q, b);
        }
        assertThat(run.sets()).extracting(s -> s.title())
                .containsExactlyElementsOf(bank.sets().stream().map(s -> s.title().replace("/", "-")).toList());
    }

    private static void same(Question q, Question b) {
        Kind expectedKind = q instanceof DateQuestion ? Kind.TEXT : q.kind();
        assertThat(b.kind()).as(q.id()).isEqualTo(expectedKind);
        if (q instanceof ChoiceQuestion c) {
            ChoiceQuestion d = (ChoiceQuestion) b;
            assertThat(d.choices()).isEqualTo(c.choices());
            assertThat(d.answer()).isEqualTo(c.answer());
            for (int i = 0; i < c.choices().size(); i++) {
                assertThat(d.weight(i)).as(q.id()).isCloseTo(c.weight(i), within(1e-6));
                assertThat(d.feedbackFor(i)).isEqualTo(c.feedbackFor(i));
            }
        } else if (q instanceof MultiQuestion m) {
            MultiQuestion n = (MultiQuestion) b;
            assertThat(n.choices()).isEqualTo(m.choices());
            assertThat(n.answers()).isEqualTo(m.answers());
            List<Double> want = ExportText.multiWeights(m);
            for (int i = 0; i < want.size(); i++) {
                assertThat(n.weights().get(i)).as(q.id()).isCloseTo(want.get(i), within(1e-6));
            }
        } else if (q instanceof TrueFalseQuestion t) {
            TrueFalseQuestion u = (TrueFalseQuestion) b;
            assertThat(u.answer()).isEqualTo(t.answer());
            assertThat(u.feedbackTrue()).isEqualTo(t.feedbackTrue());
            assertThat(u.feedbackFalse()).isEqualTo(t.feedbackFalse());
        } else if (q instanceof TextQuestion t) {
            TextQuestion u = (TextQuestion) b;
            assertThat(u.accepted()).isEqualTo(t.accepted());
            for (int i = 0; i < t.accepted().size(); i++) {
                assertThat(u.weight(i)).isCloseTo(t.weight(i), within(1e-6));
            }
        } else if (q instanceof DateQuestion d) {
            assertThat(((TextQuestion) b).accepted()).isEqualTo(ExportText.dateForms(d));
        } else if (q instanceof NumberQuestion n) {
            NumberQuestion m = (NumberQuestion) b;
            assertThat(m.low()).as(q.id()).isEqualByComparingTo(n.low());
            assertThat(m.high()).as(q.id()).isEqualByComparingTo(n.high());
            assertThat(m.alternatives()).hasSameSizeAs(n.alternatives());
        } else if (q instanceof MatchQuestion m) {
            assertThat(((MatchQuestion) b).pairs()).isEqualTo(m.pairs());
            assertThat(((MatchQuestion) b).distractors()).isEqualTo(m.distractors());
        } else if (q instanceof OrderQuestion o) {
            assertThat(((OrderQuestion) b).items()).isEqualTo(o.items());
        } else if (q instanceof OpenQuestion) {
            assertThat(b).isInstanceOf(OpenQuestion.class);
        }
    }
}
