package org.sourcequiz.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/**
 * The one mapping from Moodle's question types to our kinds (README "From Moodle and back" has
 * the table). What our model cannot hold is skipped with its reason; what it holds with a loss
 * is imported with a warning. Every text goes through {@link PlainText}.
 */
final class ToModel {
    /** The file format's limit on choices, items and pairs. */
    static final int MAX_OPTIONS = 9;

    private final Slug ids;
    private final List<ImportProblem> problems = new ArrayList<>();
    private MoodleQuestion q;

    ToModel(Slug ids) {
        this.ids = ids;
    }

    /** {@code setId} prefixes ids made from a question's name. */
    Mapped map(MoodleQuestion question, String setId) {
        q = question;
        problems.clear();
        Question result;
        try {
            result = build(setId);
        } catch (Skip s) {
            problems.add(ImportProblem.skipped(q.line(), q.qtype(), s.getMessage()));
            result = null;
        }
        return new Mapped(result, problems);
    }

    /** Why a question is not imported; the message is the report's reason. */
    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    private Question build(String setId) {
        String reason = Unsupported.reason(q.qtype());
        if (reason != null) {
            throw new Skip(reason);
        }
        String prompt = text(q.text());
        if (prompt.isEmpty()) {
            throw new Skip(q.qtype() + ": the question has no text");
        }
        Stem stem = new Stem(id(setId), prompt, "", "", text(q.generalFeedback()), q.tags(), 0, 1, List.of());
        return switch (q.qtype()) {
            case "multichoice" -> q.single() ? choice(stem) : multi(stem);
            case "truefalse" -> truefalse(stem);
            case "shortanswer" -> shortanswer(stem);
            case "numerical" -> numerical(stem);
            case "match" -> match(stem);
            case "ordering" -> ordering(stem);
            case "essay" -> new OpenQuestion(stem, text(q.modelAnswer()));
            default -> throw new Skip(q.qtype() + ": not a question type sourcequiz knows");
        };
    }

    private String id(String setId) {
        String wanted = q.idNumber();
        if (!wanted.isEmpty() && !Slug.ID.matcher(wanted).matches()) {
            String fixed = Slug.of(wanted);
            problems.add(ImportProblem.warning(q.line(), q.qtype(), "id number `" + TextSafety.shown(wanted)
                    + "` is not a valid id; used `" + (fixed.isEmpty() ? "(a generated one)" : fixed) + "`"));
            wanted = fixed;
        }
        if (wanted.isEmpty()) {
            String name = Slug.of(q.name());
            wanted = setId + "-" + (name.isEmpty() ? "q" + q.line() : name);
        }
        String id = ids.unique(wanted);
        if (!id.equals(wanted) && !q.idNumber().isEmpty()) {
            problems.add(ImportProblem.warning(q.line(), q.qtype(), "id `" + wanted + "` is used twice; this one is `" + id + "`"));
        }
        return id;
    }

    private String text(Formatted f) {
        PlainText.Result r = PlainText.of(f);
        if (r.lostImage()) {
            problems.add(ImportProblem.warning(q.line(), q.qtype(), "an image or embedded file is shown as " + PlainText.IMAGE));
        }
        return r.text();
    }

    private List<String> options(List<MoodleAnswer> answers) {
        if (answers.size() < 2) {
            throw new Skip(q.qtype() + ": fewer than two answers");
        }
        if (answers.size() > MAX_OPTIONS) {
            throw new Skip(q.qtype() + ": " + answers.size() + " answers, more than the " + MAX_OPTIONS + " a question file holds");
        }
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MoodleAnswer a : answers) {
            String t = text(a.text());
            if (t.isEmpty()) {
                throw new Skip(q.qtype() + ": an answer has no text");
            }
            if (!seen.add(t)) {
                throw new Skip(q.qtype() + ": two answers read the same, `" + TextSafety.shown(t) + "`");
            }
            texts.add(t);
        }
        return texts;
    }

    private List<Double> fractions(List<MoodleAnswer> answers) {
        List<Double> w = new ArrayList<>();
        for (MoodleAnswer a : answers) {
            double f = a.fraction();
            if (!(f >= -1 && f <= 1)) {
                problems.add(ImportProblem.warning(q.line(), q.qtype(), "weight " + f * 100 + "% is outside -100..100%; kept as "
                        + (f > 1 ? "100%" : "-100%")));
                f = f > 1 ? 1 : -1;
            }
            w.add(f);
        }
        return w;
    }

    private List<String> feedback(List<MoodleAnswer> answers) {
        List<String> fb = new ArrayList<>();
        boolean any = false;
        for (MoodleAnswer a : answers) {
            String t = text(a.feedback());
            any |= !t.isEmpty();
            fb.add(t);
        }
        return any ? fb : List.of();
    }

    /** Weights only when they say more than "this one is right": 1 for one answer, 0 for the rest. */
    private static List<Double> plainOrWeights(List<Double> w) {
        long ones = w.stream().filter(x -> x == 1.0).count();
        long zeros = w.stream().filter(x -> x == 0.0).count();
        return ones == 1 && ones + zeros == w.size() ? List.of() : w;
    }

    private Question choice(Stem stem) {
        List<String> choices = options(q.answers());
        List<Double> w = fractions(q.answers());
        if (w.stream().noneMatch(x -> x > 0)) {
            throw new Skip("multichoice: no answer earns a mark");
        }
        List<Double> weights = plainOrWeights(w);
        List<String> fb = feedback(q.answers());
        return weights.isEmpty() ? new ChoiceQuestion(stem, choices, w.indexOf(1.0), List.of(), fb)
                : ChoiceQuestion.weighted(stem, choices, weights, fb);
    }

    private Question multi(Stem stem) {
        List<String> choices = options(q.answers());
        List<Double> w = fractions(q.answers());
        if (w.stream().noneMatch(x -> x > 0)) {
            throw new Skip("multichoice: no answer earns a mark");
        }
        return MultiQuestion.weighted(stem, choices, w, feedback(q.answers()));
    }

    private Question truefalse(Stem stem) {
        MoodleAnswer t = null;
        MoodleAnswer f = null;
        for (MoodleAnswer a : q.answers()) {
            String name = a.text().text().strip();
            if (name.equalsIgnoreCase("true")) {
                t = a;
            } else if (name.equalsIgnoreCase("false")) {
                f = a;
            }
        }
        if (t == null || f == null) {
            throw new Skip("truefalse: the answers are not `true` and `false`");
        }
        return new TrueFalseQuestion(stem, t.fraction() >= f.fraction(), text(t.feedback()), text(f.feedback()));
    }

    private Question shortanswer(Stem stem) {
        List<String> accepted = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<String> fb = new ArrayList<>();
        String other = "";
        for (MoodleAnswer a : q.answers()) {
            String t = text(a.text());
            if (t.equals("*") && a.fraction() <= 0) {
                other = text(a.feedback());
                continue;
            }
            if (t.isEmpty()) {
                throw new Skip("shortanswer: an answer has no text");
            }
            accepted.add(t);
            weights.add(Math.max(-1, Math.min(1, a.fraction())));
            fb.add(text(a.feedback()));
        }
        if (weights.stream().noneMatch(x -> x > 0)) {
            throw new Skip("shortanswer: no answer earns a mark");
        }
        boolean allFull = weights.stream().allMatch(x -> x == 1.0);
        boolean anyFeedback = fb.stream().anyMatch(s -> !s.isEmpty());
        return new TextQuestion(stem, accepted, allFull ? List.of() : weights, anyFeedback ? fb : List.of(), other);
    }

    private Question numerical(Stem stem) {
        MoodleAnswer best = null;
        List<MoodleAnswer> rest = new ArrayList<>();
        String other = "";
        for (MoodleAnswer a : q.answers()) {
            if (a.text().text().equals("*")) {
                other = text(a.feedback());
            } else if (best == null || a.fraction() > best.fraction()) {
                if (best != null) {
                    rest.add(best);
                }
                best = a;
            } else {
                rest.add(a);
            }
        }
        if (best == null || best.fraction() <= 0) {
            throw new Skip("numerical: no answer earns a mark");
        }
        if (best.fraction() < 1) {
            problems.add(ImportProblem.warning(q.line(), q.qtype(), "the best answer earns "
                    + percent(best.fraction()) + " in the file; here it earns full points"));
        }
        if (!text(best.feedback()).isEmpty()) {
            problems.add(ImportProblem.warning(q.line(), q.qtype(), "the feedback of the right answer is not kept"));
        }
        List<NumberQuestion.Band> bands = new ArrayList<>();
        for (MoodleAnswer a : rest) {
            if (a.fraction() <= 0) {
                problems.add(ImportProblem.warning(q.line(), q.qtype(), "answer " + a.text().text()
                        + " earns no mark; its feedback is not kept"));
                continue;
            }
            bands.add(NumberQuestion.Band.around(number(a), a.tolerance(), Math.min(1, a.fraction()), text(a.feedback())));
        }
        BigDecimal v = number(best);
        BigDecimal t = best.tolerance() == null ? BigDecimal.ZERO : best.tolerance().abs();
        return new NumberQuestion(stem, v, v.subtract(t), v.add(t), "", bands, other);
    }

    private BigDecimal number(MoodleAnswer a) {
        BigDecimal d = NumericalText.number(a.text().text());
        if (d == null) {
            throw new Skip("numerical: answer `" + TextSafety.shown(a.text().text()) + "` is not a number");
        }
        return d;
    }

    private static String percent(double f) {
        return BigDecimal.valueOf(f * 100).stripTrailingZeros().toPlainString() + "%";
    }

    private Question match(Stem stem) {
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Subquestion s : q.subquestions()) {
            String left = text(s.text());
            String right = text(new Formatted(s.answer(), TextFormat.PLAIN));
            if (right.isEmpty()) {
                continue;
            }
            if (left.isEmpty()) {
                distractors.add(right);
            } else {
                pairs.add(new MatchQuestion.Pair(left, right));
            }
        }
        if (pairs.size() < 2) {
            throw new Skip("match: fewer than two pairs");
        }
        if (pairs.size() > MAX_OPTIONS) {
            throw new Skip("match: " + pairs.size() + " pairs, more than the " + MAX_OPTIONS + " a question file holds");
        }
        return new MatchQuestion(stem, pairs, distractors);
    }

    private Question ordering(Stem stem) {
        return new OrderQuestion(stem, options(q.answers()));
    }
}
