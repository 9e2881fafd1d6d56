package org.sourcequiz.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcequiz.fuzz.Corpus;
import org.sourcequiz.fuzz.Fuzz;
import org.sourcequiz.fuzz.Mutations;
import org.sourcequiz.fuzz.Sessions;
import org.sourcequiz.fuzz.Shape;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DatePrecision;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/**
 * Mutated and random typed answers through the answer readers, and random responses of every
 * shape through the grader. A reader's only outcomes are a value or a one-line reason; the
 * grader's are a grade or an {@link InvalidResponseException} that {@code problem} predicted.
 */
class AnswerFuzzTest {
    private static final Mutations TYPED = new Mutations(Corpus.answers(), Mutations.ANSWER_TOKENS);
    private static final List<String> UNITS = List.of("", "military personnel", "%", "km²", "units of equipment");
    /** The year a date question implies; with the unit below, picked by the input's hash so it is fixed by the input. */
    private static final int[] YEARS = {2021, 1, 9999, 0};

    /** The kinds of {@link TestBank}, with the precisions and forms it lacks. */
    private static final List<Question> QUESTIONS = List.of(TestBank.CHOICE, TestBank.MULTI, TestBank.TRUEFALSE,
            TestBank.NUMBER, TestBank.DATE, TestBank.TEXT, TestBank.ORDER, TestBank.MATCH,
            new NumberQuestion(TestBank.stem("n2", "s1", "between 36 and 44 percent", List.of()),
                    null, new BigDecimal("36"), new BigDecimal("44.5"), "%"),
            new DateQuestion(TestBank.stem("d2", "s1", "in September 2021", List.of()), LocalDate.of(2021, 9, 1), DatePrecision.MONTH),
            new DateQuestion(TestBank.stem("d3", "s1", "in 2020", List.of()), LocalDate.of(2020, 1, 1), DatePrecision.YEAR));
    private static final Bank BANK = new Bank(List.of(TestBank.S1, TestBank.S2),
            List.of(new QuestionSet("fuzz", "Fuzz", "", List.of(), QUESTIONS, "fuzz.yaml")));

    @Test
    void dates() {
        Fuzz.run("date answers (DateAnswer)", TYPED::text, Shape.TEXT, text -> {
            Parsed<GivenDate> p = DateAnswer.parse(text, YEARS[Math.floorMod(text.hashCode(), YEARS.length)]);
            if (p.isOk()) {
                GivenDate d = p.value();
                if (d.year() < 1 || d.year() > 9999 || d.month() < 0 || d.month() > 12 || d.day() != 0 && d.month() == 0) {
                    throw new AssertionError("read as an impossible date: " + d);
                }
                if (d.day() != 0) {
                    LocalDate.of(d.year(), d.month(), d.day());
                }
                DateAnswer.format(d);
            } else {
                Sessions.oneLine(p.problem());
            }
        });
    }

    @Test
    void numbers() {
        Fuzz.run("number answers (NumberAnswer)", TYPED::text, Shape.TEXT, text -> {
            Parsed<BigDecimal> p = NumberAnswer.parse(text, UNITS.get(Math.floorMod(text.hashCode(), UNITS.size())));
            if (p.isOk()) {
                NumberAnswer.format(p.value());
            } else {
                Sessions.oneLine(p.problem());
            }
        });
    }

    @Test
    void texts() {
        Fuzz.run("text answers (TextAnswer)", TYPED::text, Shape.TEXT, text -> {
            TextAnswer.matches(text, TestBank.TEXT.accepted());
            if (!TextAnswer.normalise(text).isEmpty() && !TextAnswer.matches(text, List.of(text))) {
                throw new AssertionError("an answer typed exactly as accepted is refused");
            }
        });
    }

    /** Every shape of response, in range or not, against every kind and mode. */
    @Test
    void responses() {
        Fuzz.run("responses (Grader)", AnswerFuzzTest::response, Shape.opaque(), in -> {
            QuizSession s = QuizSession.ofIds(BANK, List.of(in.questionId()), 1, QuizOptions.of(in.mode()),
                    Clock.systemUTC(), "fuzz", AnswerListener.NONE);
            Sessions.answerOrRefuse(s, in.response());
        });
    }

    record Input(String questionId, Mode mode, Response response) {}

    private static Input response(Random r) {
        Question q = QUESTIONS.get(r.nextInt(QUESTIONS.size()));
        Mode mode = Mode.values()[r.nextInt(Mode.values().length)];
        Response resp = switch (r.nextInt(8)) {
            case 0 -> Response.skipped();
            case 1 -> Response.choice(index(r));
            case 2 -> Response.multi(new HashSet<>(indexes(r)));
            case 3 -> Response.trueFalse(r.nextBoolean());
            case 4 -> Response.typed(TYPED.text(r));
            case 5 -> Response.order(indexes(r));
            case 6 -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                for (int i = r.nextInt(6); i > 0; i--) {
                    pairs.put(index(r), index(r));
                }
                yield Response.match(pairs);
            }
            default -> Response.selfRating(Rating.values()[r.nextInt(4)]);
        };
        return new Input(q.id(), mode, resp);
    }

    private static int index(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> Integer.MIN_VALUE + r.nextInt(2);
            case 1 -> Integer.MAX_VALUE - r.nextInt(2);
            default -> r.nextInt(14) - 2;
        };
    }

    private static List<Integer> indexes(Random r) {
        List<Integer> out = new ArrayList<>();
        for (int i = r.nextInt(r.nextInt(4) == 0 ? 40 : 7); i > 0; i--) {
            out.add(r.nextInt(3) == 0 ? index(r) : r.nextInt(6));
        }
        return out;
    }

    /** Kept so the shapes above stay in step with the response kinds. */
    static final Set<Class<?>> COVERED = Set.of(Response.Skipped.class, Response.Choice.class, Response.Multi.class,
            Response.TrueFalse.class, Response.Typed.class, Response.Order.class, Response.Match.class,
            Response.SelfRating.class);
}
