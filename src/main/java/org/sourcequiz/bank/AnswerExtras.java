package org.sourcequiz.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sourcequiz.model.NumberQuestion;

/**
 * Reads what a question may add to its answer: Moodle-style weights (shares of the points), the
 * feedback for each answer, and a number question's accepted bands. Each getter returns empty
 * when it reported an error, and an empty list when the key is absent.
 */
final class AnswerExtras {
    /** Moodle rounds the sum of a multiple-answer question's positive grades to two places before it checks it. */
    private static final double SUM_SLACK = 0.005;

    private final Problems problems;

    AnswerExtras(Problems problems) {
        this.problems = problems;
    }

    Optional<List<Double>> choiceWeights(Fields f, String id, List<String> choices, int answer) {
        Optional<List<Double>> w = weights(f, id, choices.size(), "choice", -1);
        if (w.isEmpty() || w.get().isEmpty()) {
            return w;
        }
        double max = w.get().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (max != 1) {
            problems.error(f.at("weights"), id, "no choice has weight 1", "give the right choice weight 1 (full points)");
            return Optional.empty();
        }
        if (w.get().get(answer) != max) {
            problems.error(f.at("weights"), id, "the answer `" + choices.get(answer) + "` has weight "
                    + shown(w.get().get(answer)) + ", not 1", "give the answer weight 1, or make the choice of weight 1 the answer");
            return Optional.empty();
        }
        return w;
    }

    Optional<List<Double>> multiWeights(Fields f, String id, List<String> choices, List<Integer> answers) {
        Optional<List<Double>> w = weights(f, id, choices.size(), "choice", -1);
        if (w.isEmpty() || w.get().isEmpty()) {
            return w;
        }
        List<Double> weights = w.get();
        List<Integer> positive = IntStream.range(0, weights.size()).filter(i -> weights.get(i) > 0).boxed().toList();
        if (!positive.equals(answers.stream().sorted().toList())) {
            int odd = IntStream.range(0, weights.size()).filter(i -> positive.contains(i) != answers.contains(i))
                    .findFirst().orElseThrow();
            problems.error(f.at("weights"), id, "`" + choices.get(odd) + "` has weight " + shown(weights.get(odd))
                    + (answers.contains(odd) ? " but is an answer" : " but is not an answer"),
                    "the answers are exactly the choices of positive weight");
            return Optional.empty();
        }
        double sum = positive.stream().mapToDouble(weights::get).sum();
        if (Math.abs(sum - 1) > SUM_SLACK) {
            problems.error(f.at("weights"), id, "the answers' weights add up to " + shown(sum) + ", not 1",
                    "make them add up to 1, e.g. 0.5 and 0.5 for two answers");
            return Optional.empty();
        }
        return w;
    }

    Optional<List<Double>> textWeights(Fields f, String id, int answers) {
        Optional<List<Double>> w = weights(f, id, answers, "accepted answer", 0);
        if (w.isPresent() && !w.get().isEmpty() && w.get().stream().noneMatch(d -> d == 1)) {
            problems.error(f.at("weights"), id, "no accepted answer has weight 1", "give the best answer weight 1 (full points)");
            return Optional.empty();
        }
        return w;
    }

    private Optional<List<Double>> weights(Fields f, String id, int count, String what, double min) {
        if (!f.has("weights")) {
            return Optional.of(List.of());
        }
        return f.numberList("weights", min, 1).filter(w -> sized(f, "weights", id, w.size(), count, what, "number"));
    }

    Optional<List<String>> feedback(Fields f, String id, int count, String what) {
        if (!f.has("feedback")) {
            return Optional.of(List.of());
        }
        return f.feedbackList("feedback").filter(fb -> sized(f, "feedback", id, fb.size(), count, what, "text"));
    }

    private boolean sized(Fields f, String key, String id, int size, int count, String what, String item) {
        if (size == count) {
            return true;
        }
        problems.error(f.at(key), id, "`" + key + "` has " + size + " " + item + (size == 1 ? "" : "s") + " for "
                + count + " " + what + (count == 1 ? "" : "s"), "give one per " + what + ", in the same order"
                + (item.equals("text") ? " (\"\" for none)" : ""));
        return false;
    }

    /** The number question's further bands; an empty list when there are none. */
    Optional<List<NumberQuestion.Band>> alternatives(Fields f, String id) {
        Optional<Node.ListNode> list = f.list("alternatives");
        if (list.isEmpty()) {
            return f.has("alternatives") ? Optional.empty() : Optional.of(List.of());
        }
        List<NumberQuestion.Band> bands = new ArrayList<>();
        boolean ok = true;
        for (Node n : list.get().items()) {
            if (!(n instanceof Node.MapNode m)) {
                problems.error(n.at(), id, "an alternative should be a mapping, not " + n.describe(),
                        "write `- {answer: 2000, tolerance: 500, weight: 0.5}`");
                ok = false;
                continue;
            }
            Fields bf = new Fields(m, FormatSpec.BAND, problems, id, "in alternative");
            Optional<BigDecimal> weight = bf.number("weight");
            if (weight.isPresent() && (weight.get().signum() < 0 || weight.get().compareTo(BigDecimal.ONE) > 0)) {
                problems.error(bf.at("weight"), id, "weight " + weight.get().toPlainString() + " is outside 0 to 1",
                        "write the share of the points it earns, e.g. 0.5");
                weight = Optional.empty();
            }
            String feedback = bf.has("feedback") ? bf.string("feedback").orElse("") : "";
            Optional<NumberQuestion.Band> band = weight.flatMap(w -> band(bf, id, w.doubleValue(), feedback));
            ok &= band.isPresent();
            band.ifPresent(bands::add);
        }
        return ok ? Optional.of(bands) : Optional.empty();
    }

    /** {@code answer} with an optional {@code tolerance}, or {@code range}, of one band. */
    Optional<NumberQuestion.Band> band(Fields f, String id, double weight, String feedback) {
        boolean hasAnswer = f.has("answer");
        boolean hasRange = f.has("range");
        if (hasAnswer == hasRange) {
            problems.error(f.keyAt(hasRange ? "range" : "kind"), id,
                    hasAnswer ? "give `answer` or `range`, not both" : "missing `answer` (or `range`)",
                    "answer: 65089 with an optional tolerance, or range: [36, 44]");
            return Optional.empty();
        }
        if (hasAnswer) {
            Optional<BigDecimal> value = f.number("answer");
            Optional<BigDecimal> tolerance = f.has("tolerance") ? f.number("tolerance") : Optional.of(BigDecimal.ZERO);
            if (value.isEmpty() || tolerance.isEmpty()) {
                return Optional.empty();
            }
            if (tolerance.get().signum() < 0) {
                problems.error(f.at("tolerance"), id, "tolerance is negative", "write the distance as a positive number");
                return Optional.empty();
            }
            return Optional.of(NumberQuestion.Band.around(value.get(), tolerance.get(), weight, feedback));
        }
        if (f.has("tolerance")) {
            problems.error(f.keyAt("tolerance"), id, "`tolerance` goes with `answer`, not with `range`",
                    "remove it; the range already says what is accepted");
        }
        Optional<Node.ListNode> range = f.list("range");
        if (range.isEmpty()) {
            return Optional.empty();
        }
        if (range.get().items().size() != 2) {
            problems.error(range.get().at(), id, "`range` should have two numbers", "write range: [low, high]");
            return Optional.empty();
        }
        Optional<BigDecimal> low = f.numberOf("range", range.get().items().get(0));
        Optional<BigDecimal> high = f.numberOf("range", range.get().items().get(1));
        if (low.isEmpty() || high.isEmpty()) {
            return Optional.empty();
        }
        if (low.get().compareTo(high.get()) > 0) {
            problems.error(range.get().at(), id, "range low " + low.get() + " is above high " + high.get(),
                    "write the smaller number first");
            return Optional.empty();
        }
        return Optional.of(new NumberQuestion.Band(null, low.get(), high.get(), weight, feedback));
    }

    private static String shown(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
