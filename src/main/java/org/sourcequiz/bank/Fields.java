package org.sourcequiz.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.text.EditDistance;
import org.sourcequiz.text.TerminalSafety;

/**
 * Reads the keys of one mapping against their {@link Field} specs: reports unknown keys with a
 * "did you mean", missing keys, values of the wrong shape and unsafe characters, then hands out
 * typed values. A getter returns empty when the value was absent or already reported.
 */
final class Fields {
    /**
     * Articles state figures, not astronomy: the bounds keep a value like {@code 1e999999999}, which
     * BigDecimal holds as an exponent, from turning into a billion digits when it is added to,
     * compared or printed.
     */
    private static final BigDecimal MAX_FIGURE = new BigDecimal("1e15");
    private static final int MAX_DECIMALS = 10;
    private static final int SUGGEST_UP_TO = 200;
    /**
     * Ten times the longest text of the bundled bank. Checks that look for one text in another
     * (highlights in passages, answers among choices) cost length × length; this keeps a 4 MB
     * file of two huge values from holding validate for hours.
     */
    static final int MAX_TEXT = 5_000;

    private final Node.MapNode map;
    private final Problems problems;
    private final String questionId;

    Fields(Node.MapNode map, List<Field> spec, Problems problems, String questionId, String where) {
        this(map, spec, problems, problems, questionId, where);
    }

    /**
     * {@code unlessImported} collects the keys missing that only a set of {@code origin: imported}
     * may leave out: whether the set is imported is known only once the whole file is read.
     */
    Fields(Node.MapNode map, List<Field> spec, Problems problems, Problems unlessImported, String questionId, String where) {
        this.map = map;
        this.problems = problems;
        this.questionId = questionId;
        for (Node.Entry e : map.entries().values()) {
            if (!allows(spec, e.key())) {
                List<String> allowed = spec.stream().map(Field::name).toList();
                problems.error(e.keyAt(), questionId, "unknown key `" + e.key() + "` " + where,
                        didYouMean(e.key(), allowed).map(s -> "did you mean `" + s + "`?")
                                .orElse("allowed: " + String.join(", ", allowed)));
            }
        }
        for (Field f : spec) {
            if (f.required() && map.entry(f.name()) == null) {
                (f.importedMayOmit() ? unlessImported : problems).error(map.at(), questionId,
                        "missing `" + f.name() + "` " + where, f.description());
            }
        }
    }

    private static boolean allows(List<Field> spec, String key) {
        for (int i = 0; i < spec.size(); i++) {
            if (spec.get(i).name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The candidate within a typo or two of {@code wrong}. Only short words are compared: a typo
     * is suggested for a key or an id, not a paragraph, and two long values would cost
     * length × length to compare.
     */
    static Optional<String> didYouMean(String wrong, List<String> candidates) {
        if (wrong.length() > SUGGEST_UP_TO) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> c.length() <= SUGGEST_UP_TO)
                .min(Comparator.comparingInt(c -> EditDistance.between(wrong, c)))
                .filter(c -> EditDistance.between(wrong, c) <= Math.max(2, c.length() / 3));
    }

    boolean has(String key) {
        return map.entry(key) != null;
    }

    Location at(String key) {
        Node.Entry e = map.entry(key);
        return e == null ? map.at() : e.value().at();
    }

    Location keyAt(String key) {
        Node.Entry e = map.entry(key);
        return e == null ? map.at() : e.keyAt();
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(map.entry(key)).map(Node.Entry::value);
    }

    /** A scalar as text; any scalar but null is accepted, so `choices: [1200, 1300]` works. */
    Optional<String> string(String key) {
        return node(key).flatMap(n -> scalarText(key, n, true));
    }

    Optional<String> scalarText(String key, Node n, boolean nonEmpty) {
        if (!(n instanceof Node.ScalarNode s) || s.type() == Node.ScalarType.NULL) {
            problems.error(n.at(), questionId, "`" + key + "` should be text, not " + n.describe(),
                    n instanceof Node.ListNode ? "remove the brackets or dashes" : "write a value after the colon");
            return Optional.empty();
        }
        String text = s.text().strip();
        if (nonEmpty && text.isEmpty()) {
            problems.error(n.at(), questionId, "`" + key + "` is empty", "write a value or remove the key");
            return Optional.empty();
        }
        if (text.length() > MAX_TEXT) {
            problems.error(n.at(), questionId, "`" + key + "` is " + text.length() + " characters long, over the limit of " + MAX_TEXT,
                    "shorten it: a passage quotes one to three sentences, and nothing else needs more");
            return Optional.empty();
        }
        int bad = TerminalSafety.firstUnsafe(text);
        if (bad >= 0) {
            problems.error(n.at(), questionId, "`" + key + "` contains the control character "
                    + TerminalSafety.describe(text.charAt(bad)),
                    "remove it: control and bidi characters could take over the student's terminal");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<List<String>> stringList(String key) {
        return texts(key, true);
    }

    /** A list of texts where "" stands for none, as per-answer feedback is. */
    Optional<List<String>> feedbackList(String key) {
        return texts(key, false);
    }

    private Optional<List<String>> texts(String key, boolean nonEmpty) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (!(n.get() instanceof Node.ListNode list)) {
            problems.error(n.get().at(), questionId, "`" + key + "` should be a list, not " + n.get().describe(),
                    "write it as [a, b] or as lines starting with `- `");
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.items()) {
            Optional<String> s = scalarText(key, item, nonEmpty);
            ok &= s.isPresent();
            s.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    Optional<Integer> integer(String key, int min, int max) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.NUMBER) {
            try {
                int v = Integer.parseInt(s.text());
                if (v >= min && v <= max) {
                    return Optional.of(v);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below: the value is not a whole number
            }
        }
        problems.error(n.get().at(), questionId, "`" + key + "` should be a whole number from " + min + " to " + max,
                "found " + shown(n.get()));
        return Optional.empty();
    }

    Optional<BigDecimal> number(String key) {
        return node(key).flatMap(n -> numberOf(key, n));
    }

    Optional<BigDecimal> numberOf(String key, Node n) {
        if (n instanceof Node.ScalarNode s && (s.type() == Node.ScalarType.NUMBER || s.type() == Node.ScalarType.STRING)) {
            try {
                BigDecimal v = new BigDecimal(s.text().strip());
                if (v.abs().compareTo(MAX_FIGURE) >= 0 || v.stripTrailingZeros().scale() > MAX_DECIMALS) {
                    problems.error(n.at(), questionId, "`" + key + "`: `" + s.text() + "` is too large or too precise for a figure",
                            "write at most 15 digits before the decimal point and " + MAX_DECIMALS + " after it");
                    return Optional.empty();
                }
                return Optional.of(v);
            } catch (NumberFormatException e) {
                problems.error(n.at(), questionId, "`" + key + "`: `" + s.text() + "` is not a number",
                        "write plain digits with a dot for decimals, e.g. 65089 or 41.3");
                return Optional.empty();
            }
        }
        problems.error(n.at(), questionId, "`" + key + "` should be a number, not " + n.describe(),
                "write plain digits, e.g. 65089");
        return Optional.empty();
    }

    /** A list of numbers, each within [min, max]. */
    Optional<List<Double>> numberList(String key, double min, double max) {
        Optional<Node.ListNode> list = list(key);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<Double> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.get().items()) {
            Optional<BigDecimal> v = numberOf(key, item);
            if (v.isPresent() && (v.get().doubleValue() < min || v.get().doubleValue() > max)) {
                problems.error(item.at(), questionId, "`" + key + "`: " + v.get().toPlainString() + " is outside "
                        + plain(min) + " to " + plain(max), "write shares of the points: 1 full, 0.5 half"
                        + (min < 0 ? ", -0.5 a penalty" : ""));
                v = Optional.empty();
            }
            ok &= v.isPresent();
            v.ifPresent(d -> out.add(d.doubleValue()));
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** One of the words {@link FormatSpec#WORDS} lists for the key. */
    Optional<String> word(String key) {
        List<String> allowed = FormatSpec.WORDS.getOrDefault(key, List.of());
        return string(key).filter(w -> {
            if (allowed.contains(w)) {
                return true;
            }
            problems.error(at(key), questionId, "`" + key + "` cannot be `" + w + "`",
                    "write `" + key + ": " + String.join("` or `" + key + ": ", allowed) + "`, or remove the key");
            return false;
        });
    }

    Optional<Boolean> bool(String key) {
        Optional<Node> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL) {
            String t = s.text().strip().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("true")) {
                return Optional.of(true);
            }
            if (t.equals("false")) {
                return Optional.of(false);
            }
        }
        problems.error(n.get().at(), questionId, "`" + key + "` should be true or false", "found " + shown(n.get()));
        return Optional.empty();
    }

    Optional<Node.ListNode> list(String key) {
        Optional<Node> n = node(key);
        if (n.isPresent() && !(n.get() instanceof Node.ListNode)) {
            problems.error(n.get().at(), questionId, "`" + key + "` should be a list, not " + n.get().describe(),
                    "write each item on a line starting with `- `");
            return Optional.empty();
        }
        return n.map(Node.ListNode.class::cast);
    }

    Optional<Node.MapNode> mapping(String key) {
        Optional<Node> n = node(key);
        if (n.isPresent() && !(n.get() instanceof Node.MapNode)) {
            problems.error(n.get().at(), questionId, "`" + key + "` should be a mapping, not " + n.get().describe(),
                    "write `key: value` lines indented under it");
            return Optional.empty();
        }
        return n.map(Node.MapNode.class::cast);
    }

    private static String shown(Node n) {
        return n instanceof Node.ScalarNode s && s.type() != Node.ScalarType.NULL ? "`" + s.text() + "`" : n.describe();
    }
}
