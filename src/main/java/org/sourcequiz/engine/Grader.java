package org.sourcequiz.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
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

/**
 * Grades one response to one planned question. Partial credit:
 * <ul>
 * <li>choice with weights: the weight of the option picked (Moodle's fraction, negative allowed);</li>
 * <li>multi: (right picks − wrong picks) / number of right options, never below 0; with weights,
 *     the sum of the weights picked kept within [0, 1], as Moodle's multiple-answer grading;</li>
 * <li>text: the weight of the accepted answer matched (see {@link TextAnswer#matching});</li>
 * <li>number: 1 in the main band, else the weight of the first alternative band the answer is in;</li>
 * <li>open: the student's own rating of their answer against the model answer;</li>
 * <li>order: (L − 1) / (n − 1), where L is the longest run of items the student placed in the right
 *     relative order, not necessarily adjacent (longest increasing subsequence). One item moved to
 *     the wrong end costs one item, not all of them as "share in the right place" would; a fully
 *     reversed list scores 0;</li>
 * <li>match: share of the pairs matched right.</li>
 * </ul>
 * Under exam negative marking a wrong choice or true/false answer loses that share of its points.
 */
final class Grader {
    private Grader() {}

    /** What was graded, before the session adds time and highlights. */
    record Graded(Verdict verdict, double points, String given, Optional<Rating> rating, List<String> feedback) {
        Graded(Verdict verdict, double points, String given, Optional<Rating> rating) {
            this(verdict, points, given, rating, List.of());
        }

        Graded with(List<String> more) {
            return new Graded(verdict, points, given, rating, more);
        }
    }

    static Optional<String> problem(Entry e, Response r, Mode mode) {
        if (r instanceof Response.Skipped) {
            return Optional.empty();
        }
        if (mode == Mode.FLASHCARD) {
            return r instanceof Response.SelfRating ? Optional.empty()
                    : Optional.of("rate your recall: again, hard, good or easy");
        }
        if (r instanceof Response.SelfRating) {
            return Optional.of("self-rating is for flashcards; answer the question");
        }
        Question q = e.presented().question();
        int options = e.presented().options().size();
        if (q instanceof ChoiceQuestion) {
            if (r instanceof Response.Choice c) {
                return inRange(c.shown(), options, "option");
            }
            return Optional.of("pick one option, 1 to " + options);
        } else if (q instanceof MultiQuestion) {
            if (r instanceof Response.Multi m) {
                if (m.shown().isEmpty()) {
                    return Optional.of("pick at least one option (or skip)");
                }
                return m.shown().stream().map(i -> inRange(i, options, "option")).flatMap(Optional::stream).findFirst();
            }
            return Optional.of("pick one or more options, 1 to " + options);
        } else if (q instanceof TrueFalseQuestion) {
            return r instanceof Response.TrueFalse ? Optional.empty() : Optional.of("answer true or false");
        } else if (q instanceof NumberQuestion n) {
            return r instanceof Response.Typed t ? problemOf(NumberAnswer.parse(t.text(), n.unit())) : Optional.of("type a number");
        } else if (q instanceof DateQuestion d) {
            if (!(r instanceof Response.Typed t)) {
                return Optional.of("type a date");
            }
            Parsed<GivenDate> p = DateAnswer.parse(t.text(), d.date().getYear());
            if (!p.isOk()) {
                return Optional.of(p.problem());
            }
            if (p.value().precision().compareTo(d.precision()) > 0) {
                return Optional.of(switch (d.precision()) {
                    case DAY -> "give the day too, e.g. 9 September 2021";
                    case MONTH -> "give the month too, e.g. September 2021";
                    case YEAR -> "give the year";
                });
            }
            return Optional.empty();
        } else if (q instanceof TextQuestion) {
            if (r instanceof Response.Typed t) {
                return TextAnswer.normalise(t.text()).isEmpty() ? Optional.of("type an answer (or skip)") : Optional.empty();
            }
            return Optional.of("type an answer");
        } else if (q instanceof OrderQuestion) {
            if (r instanceof Response.Order o) {
                Set<Integer> distinct = new HashSet<>(o.shown());
                boolean permutation = o.shown().size() == options && distinct.size() == options
                        && distinct.stream().allMatch(i -> i >= 0 && i < options);
                return permutation ? Optional.empty()
                        : Optional.of("give all " + options + " item numbers once each, in order, e.g. " + example(options));
            }
            return Optional.of("give the item numbers in order");
        } else if (q instanceof OpenQuestion) {
            if (r instanceof Response.SelfGraded sg) {
                return sg.text().isBlank() ? Optional.of("write an answer first (or skip)") : Optional.empty();
            }
            return Optional.of(r instanceof Response.Typed
                    ? "compare your answer with the model answer and rate it: right, partly or wrong"
                    : "write an answer, then rate it against the model answer");
        } else if (q instanceof MatchQuestion) {
            if (r instanceof Response.Match m) {
                int rights = e.presented().rights().size();
                if (m.pairs().isEmpty()) {
                    return Optional.of("match at least one item (or skip)");
                }
                for (Map.Entry<Integer, Integer> p : m.pairs().entrySet()) {
                    Optional<String> bad = inRange(p.getKey(), options, "item")
                            .or(() -> inRange(p.getValue(), rights, "value"));
                    if (bad.isPresent()) {
                        return bad;
                    }
                }
                if (new HashSet<>(m.pairs().values()).size() < m.pairs().size()) {
                    return Optional.of("each right-hand value matches one item only");
                }
                return Optional.empty();
            }
            return Optional.of("match items to values");
        }
        throw new IllegalArgumentException("unknown kind " + q.kind());
    }

    static Graded grade(Entry e, Response r, QuizOptions o) {
        Question q = e.presented().question();
        double max = q.points();
        if (r instanceof Response.Skipped) {
            return new Graded(Verdict.SKIPPED, 0, "", Optional.empty());
        }
        if (r instanceof Response.SelfRating s) {
            boolean passed = s.rating().passed();
            return new Graded(passed ? Verdict.RIGHT : Verdict.WRONG, passed ? max : 0,
                    s.rating().name().toLowerCase(Locale.ROOT), Optional.of(s.rating()));
        }
        double penalty = o.mode() == Mode.EXAM ? -o.negativeMarking() * max : 0;
        if (q instanceof ChoiceQuestion c) {
            int picked = e.original(((Response.Choice) r).shown());
            List<String> feedback = nonEmpty(List.of(c.feedbackFor(picked)));
            String given = c.choices().get(picked);
            if (c.weights().isEmpty()) {
                return allOrNothing(picked == c.answer(), max, penalty, given).with(feedback);
            }
            double w = c.weight(picked);
            return w > 0 ? shared(w, max, given).with(feedback)
                    : new Graded(Verdict.WRONG, w < 0 ? w * max : penalty, given, Optional.empty(), feedback);
        } else if (q instanceof MultiQuestion m) {
            List<Integer> picked = ((Response.Multi) r).shown().stream().sorted().map(e::original).toList();
            double share;
            if (m.weights().isEmpty()) {
                long right = picked.stream().filter(m.answers()::contains).count();
                long wrong = picked.size() - right;
                share = Math.max(0, right - wrong) / (double) m.answers().size();
            } else {
                share = Math.min(1, Math.max(0, picked.stream().mapToDouble(m.weights()::get).sum()));
            }
            String given = ((Response.Multi) r).shown().stream().sorted()
                    .map(i -> e.presented().options().get(i)).collect(Collectors.joining(Expected.LIST));
            return shared(share, max, given).with(nonEmpty(picked.stream().sorted().map(m::feedbackFor).toList()));
        } else if (q instanceof TrueFalseQuestion t) {
            boolean v = ((Response.TrueFalse) r).value();
            return allOrNothing(v == t.answer(), max, penalty, v ? "true" : "false").with(nonEmpty(List.of(t.feedbackFor(v))));
        } else if (q instanceof NumberQuestion n) {
            String raw = ((Response.Typed) r).text().strip();
            BigDecimal v = NumberAnswer.parse(raw, n.unit()).value();
            String given = raw + numberNote(raw, v);
            if (n.accepts(v)) {
                return allOrNothing(true, max, 0, given);
            }
            for (NumberQuestion.Band b : n.alternatives()) {
                if (b.accepts(v)) {
                    return shared(b.weight(), max, given).with(nonEmpty(List.of(b.feedback())));
                }
            }
            return allOrNothing(false, max, 0, given).with(nonEmpty(List.of(n.otherFeedback())));
        } else if (q instanceof DateQuestion d) {
            String raw = ((Response.Typed) r).text().strip();
            GivenDate g = DateAnswer.parse(raw, d.date().getYear()).value();
            GivenDate want = DateAnswer.of(d.date(), d.precision());
            GivenDate cut = switch (d.precision()) {
                case DAY -> g;
                case MONTH -> new GivenDate(g.year(), g.month(), 0);
                case YEAR -> new GivenDate(g.year(), 0, 0);
            };
            String read = DateAnswer.format(g);
            String note = read.equalsIgnoreCase(raw) ? "" : " (read as " + read + ")";
            return allOrNothing(cut.equals(want), max, 0, raw + note);
        } else if (q instanceof TextQuestion t) {
            String raw = ((Response.Typed) r).text().strip();
            OptionalInt matched = TextAnswer.matching(raw, t.accepted());
            if (matched.isEmpty()) {
                return allOrNothing(false, max, 0, raw).with(nonEmpty(List.of(t.otherFeedback())));
            }
            int i = matched.getAsInt();
            return shared(t.weight(i), max, raw).with(nonEmpty(List.of(t.feedbackFor(i))));
        } else if (q instanceof OpenQuestion) {
            Response.SelfGraded sg = (Response.SelfGraded) r;
            return shared(sg.grade().share(), max, sg.text().strip());
        } else if (q instanceof OrderQuestion ord) {
            List<Integer> ranks = ((Response.Order) r).shown().stream().map(e::original).toList();
            int n = ord.items().size();
            double share = n < 2 ? 1 : (longestIncreasing(ranks) - 1) / (double) (n - 1);
            String given = ranks.stream().map(ord.items()::get).collect(Collectors.joining(Expected.THEN));
            return shared(share, max, given);
        } else if (q instanceof MatchQuestion m) {
            Map<Integer, Integer> pairs = new TreeMap<>(((Response.Match) r).pairs());
            int right = 0;
            List<String> given = new ArrayList<>();
            for (Map.Entry<Integer, Integer> p : pairs.entrySet()) {
                MatchQuestion.Pair pair = m.pairs().get(e.original(p.getKey()));
                String chosen = e.shownRights().get(p.getValue());
                // Compared by text: two pairs may share a right-hand value.
                if (chosen.equals(pair.right())) {
                    right++;
                }
                given.add(pair.left() + Expected.THEN + chosen);
            }
            return shared(right / (double) m.pairs().size(), max, String.join(Expected.LIST, given));
        }
        throw new IllegalArgumentException("unknown kind " + q.kind());
    }

    private static Graded allOrNothing(boolean right, double max, double penalty, String given) {
        return new Graded(right ? Verdict.RIGHT : Verdict.WRONG, right ? max : penalty, given, Optional.empty());
    }

    private static Graded shared(double share, double max, String given) {
        Verdict v = share >= 1 ? Verdict.RIGHT : share > 0 ? Verdict.PARTIAL : Verdict.WRONG;
        return new Graded(v, share * max, given, Optional.empty());
    }

    private static List<String> nonEmpty(List<String> feedback) {
        return feedback.stream().filter(f -> !f.isEmpty()).toList();
    }

    /** Length of the longest strictly increasing subsequence (patience sorting). */
    static int longestIncreasing(List<Integer> xs) {
        List<Integer> tails = new ArrayList<>();
        for (int x : xs) {
            int lo = 0;
            int hi = tails.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails.get(mid) < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == tails.size()) {
                tails.add(x);
            } else {
                tails.set(lo, x);
            }
        }
        return tails.size();
    }

    /** " (read as 1,200)" when the figure was written in a way that needed reading. */
    private static String numberNote(String raw, BigDecimal v) {
        String plainRaw = raw.replaceAll("[\\s,%]", "");
        return plainRaw.equals(v.toPlainString()) ? "" : " (read as " + NumberAnswer.format(v) + ")";
    }

    private static Optional<String> inRange(int i, int n, String what) {
        if (i >= 0 && i < n) {
            return Optional.empty();
        }
        if (what.equals("value")) {
            return Optional.of("there is no value " + (i >= 0 && i < 26 ? String.valueOf((char) ('a' + i)) : "#" + (i + 1))
                    + "; pick a to " + (char) ('a' + n - 1));
        }
        return Optional.of("there is no " + what + " " + (i + 1) + "; pick 1 to " + n);
    }

    private static Optional<String> problemOf(Parsed<?> p) {
        return p.isOk() ? Optional.empty() : Optional.of(p.problem());
    }

    private static String example(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = n; i >= 1; i--) {
            b.append(i).append(i > 1 ? " " : "");
        }
        return b.toString();
    }
}
