package org.sourcequiz.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;

/**
 * Shuffles the inside of one question. {@link Random} is used because its sequence is fixed by
 * its specification, so a seed gives the same quiz on every JVM. Each question's generator is
 * seeded from the quiz seed and the question id, so a question looks the same under one seed
 * whichever other questions are drawn with it.
 */
final class Arrangement {
    private Arrangement() {}

    static Entry arrange(Question q, QuestionSet set, Source source, int position, int total, long seed) {
        Random random = new Random(seed * 1_000_003L + q.id().hashCode());
        List<Integer> order = List.of();
        List<String> options = List.of();
        List<String> rights = List.of();
        if (q instanceof ChoiceQuestion c) {
            order = permutation(c.choices().size(), random, false);
            options = order.stream().map(c.choices()::get).toList();
        } else if (q instanceof MultiQuestion m) {
            order = permutation(m.choices().size(), random, false);
            options = order.stream().map(m.choices()::get).toList();
        } else if (q instanceof OrderQuestion o) {
            // An order question shown already in order would give the answer away.
            order = permutation(o.items().size(), random, true);
            options = order.stream().map(o.items()::get).toList();
        } else if (q instanceof MatchQuestion m) {
            order = permutation(m.pairs().size(), random, false);
            options = order.stream().map(i -> m.pairs().get(i).left()).toList();
            List<String> all = new ArrayList<>(m.pairs().stream().map(MatchQuestion.Pair::right).toList());
            all.addAll(m.distractors());
            rights = permutation(all.size(), random, false).stream().map(all::get).toList();
        }
        // truefalse, number, date and text have nothing to shuffle.
        Presented p = new Presented(q, set.id(), set.title(), position, total, options, rights, source);
        return new Entry(p, order, rights);
    }

    private static List<Integer> permutation(int n, Random random, boolean avoidIdentity) {
        List<Integer> p = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(p, random);
        if (avoidIdentity && n > 1 && isIdentity(p)) {
            Collections.rotate(p, 1);
        }
        return p;
    }

    private static boolean isIdentity(List<Integer> p) {
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
