package org.sourcequiz.study;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
import org.sourcequiz.text.Typography;

/**
 * A fingerprint of what a question asks and accepts: its kind, prompt, answer fields and passage,
 * and what decides the grade or is shown with the answer: weights (partial credit), per-answer
 * feedback, the feedback for any other answer, a number's further accepted bands and an open
 * question's model answer. When it changes, the learner's memory of the old question says nothing
 * about the new one, so its schedule starts fresh. Explanations, tags, points and highlights are
 * left out: editing them changes neither which answers are right nor what the learner answers to
 * (points scale a score, they do not make an answer right). Text is compared after
 * {@link Typography#fold} so that re-typesetting quotes, dashes or spaces does not reset anyone's
 * progress.
 *
 * <p>The grading extras are appended after the answer fields, each under its name and only when it
 * is there: a question without them keeps the hash it had before they were hashed, so nobody's
 * progress restarted when they were added.
 *
 * <p>The hash is the first 64 bits of SHA-256 (16 hex digits) over a length-prefixed encoding:
 * plenty to tell versions of one question apart, at a quarter of the size in a history of millions
 * of answers.
 */
public final class ContentHash {
    /** Part of the hashed text, so that a future change of encoding is deliberate and visible. */
    private static final String ENCODING = "sourcequiz-content-1";

    private ContentHash() {}

    public static String of(Question q) {
        Encoder e = new Encoder();
        e.field(ENCODING);
        e.field(q.kind().fileName());
        e.text(q.prompt());
        e.text(q.passage());
        if (q instanceof ChoiceQuestion c) {
            e.texts(c.choices());
            e.field(Integer.toString(c.answer()));
            e.weights(implicit(c.weights(), i -> i == c.answer() ? 1.0 : 0.0) ? List.of() : c.weights());
            e.optionalTexts("feedback", c.feedback());
        } else if (q instanceof MultiQuestion m) {
            e.texts(m.choices());
            e.field(m.answers().toString());
            e.weights(m.weights());
            e.optionalTexts("feedback", m.feedback());
        } else if (q instanceof TrueFalseQuestion t) {
            e.field(Boolean.toString(t.answer()));
            e.optionalText("feedback-true", t.feedbackTrue());
            e.optionalText("feedback-false", t.feedbackFalse());
        } else if (q instanceof NumberQuestion n) {
            e.field(number(n.value()));
            e.field(number(n.low()));
            e.field(number(n.high()));
            e.text(n.unit());
            if (!n.alternatives().isEmpty()) {
                e.field("alternatives");
                e.field(Integer.toString(n.alternatives().size()));
                for (NumberQuestion.Band b : n.alternatives()) {
                    e.field(number(b.value()));
                    e.field(number(b.low()));
                    e.field(number(b.high()));
                    e.field(number(BigDecimal.valueOf(b.weight())));
                    e.text(b.feedback());
                }
            }
            e.optionalText("other-feedback", n.otherFeedback());
        } else if (q instanceof DateQuestion d) {
            e.field(d.date().toString());
            e.field(d.precision().name());
        } else if (q instanceof TextQuestion t) {
            e.texts(t.accepted());
            e.weights(implicit(t.weights(), i -> 1.0) ? List.of() : t.weights());
            e.optionalTexts("feedback", t.feedback());
            e.optionalText("other-feedback", t.otherFeedback());
        } else if (q instanceof OrderQuestion o) {
            e.texts(o.items());
        } else if (q instanceof MatchQuestion m) {
            e.field(Integer.toString(m.pairs().size()));
            for (MatchQuestion.Pair p : m.pairs()) {
                e.text(p.left());
                e.text(p.right());
            }
            e.texts(m.distractors());
        } else if (q instanceof OpenQuestion o) {
            e.optionalText("model-answer", o.modelAnswer());
        }
        return e.digest();
    }

    /** Weights written out that grade as no weights would: the same question, so the same hash. */
    private static boolean implicit(List<Double> weights, java.util.function.IntToDoubleFunction byDefault) {
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i) != byDefault.applyAsDouble(i)) {
                return false;
            }
        }
        return true;
    }

    /** 65089, 65089.0 and 6.5089E+4 are the same figure. */
    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static final class Encoder {
        private final StringBuilder b = new StringBuilder();

        void field(String s) {
            b.append(s.length()).append(':').append(s).append(';');
        }

        void text(String s) {
            field(Typography.fold(s));
        }

        void texts(List<String> list) {
            field(Integer.toString(list.size()));
            list.forEach(this::text);
        }

        /** Absent (empty) adds nothing, so the hash of a question without weights is unchanged. */
        void weights(List<Double> weights) {
            if (!weights.isEmpty()) {
                field("weights");
                field(Integer.toString(weights.size()));
                weights.forEach(w -> field(number(BigDecimal.valueOf(w))));
            }
        }

        /** A list of texts under its name, or nothing when every text is empty (no feedback at all). */
        void optionalTexts(String name, List<String> list) {
            if (list.stream().anyMatch(t -> !t.isEmpty())) {
                field(name);
                texts(list);
            }
        }

        void optionalText(String name, String s) {
            if (!s.isEmpty()) {
                field(name);
                text(s);
            }
        }

        String digest() {
            try {
                byte[] sha = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(sha, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
