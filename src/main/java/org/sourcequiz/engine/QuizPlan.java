package org.sourcequiz.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;

/**
 * The questions of one quiz, in order, each with its options already shuffled. The same bank and
 * seed always give the same plan.
 */
public final class QuizPlan {
    private final List<Entry> entries;
    private final long seed;
    private final List<String> unknownIds;

    private QuizPlan(List<Entry> entries, long seed, List<String> unknownIds) {
        this.entries = List.copyOf(entries);
        this.seed = seed;
        this.unknownIds = List.copyOf(unknownIds);
    }

    /** Draws the questions the selection matches, drafts left out: shuffled by its seed, the first {@code count} kept. */
    public static QuizPlan select(Bank bank, Selection selection) {
        return select(bank, selection, false);
    }

    /** As {@link #select(Bank, Selection)}, with drafts when the options include them. */
    public static QuizPlan select(Bank bank, Selection selection, QuizOptions options) {
        return select(bank, selection, options.includeDrafts());
    }

    private static QuizPlan select(Bank bank, Selection selection, boolean includeDrafts) {
        List<Question> matching = matching(bank, selection, includeDrafts);
        Collections.shuffle(matching, new Random(selection.seed()));
        List<Question> drawn = selection.count() == 0 || selection.count() >= matching.size()
                ? matching : matching.subList(0, selection.count());
        return build(bank, drawn, selection.seed(), List.of());
    }

    /**
     * The given questions in the given order (retrying missed ones, spaced-repetition review);
     * options are shuffled by the seed. Ids not in the bank are left out and listed in {@link #unknownIds()}.
     */
    public static QuizPlan ofIds(Bank bank, List<String> ids, long seed) {
        Map<String, QuestionSet> sets = bank.setsByQuestionId();
        List<Question> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            QuestionSet set = sets.get(id);
            if (set == null) {
                unknown.add(id);
            } else {
                set.questions().stream().filter(q -> q.id().equals(id)).findFirst().ifPresent(found::add);
            }
        }
        return build(bank, found, seed, unknown);
    }

    /**
     * Every question the selection's sets, tags, sources and kinds let through, in bank order, drafts
     * left out; count and seed play no part.
     */
    public static List<Question> matching(Bank bank, Selection selection) {
        return matching(bank, selection, false);
    }

    public static List<Question> matching(Bank bank, Selection selection, boolean includeDrafts) {
        List<Question> matching = new ArrayList<>();
        for (QuestionSet set : bank.sets()) {
            if (!selection.setIds().isEmpty() && !selection.setIds().contains(set.id())) {
                continue;
            }
            for (Question q : set.questions()) {
                if ((includeDrafts || !q.draft()) && matches(q, selection)) {
                    matching.add(q);
                }
            }
        }
        return matching;
    }

    private static boolean matches(Question q, Selection s) {
        return (s.tags().isEmpty() || q.tags().stream().anyMatch(s.tags()::contains))
                && (s.sourceIds().isEmpty() || s.sourceIds().contains(q.sourceId()))
                && (s.kinds().isEmpty() || s.kinds().contains(q.kind()));
    }

    private static QuizPlan build(Bank bank, List<Question> questions, long seed, List<String> unknown) {
        Map<String, QuestionSet> sets = bank.setsByQuestionId();
        List<Entry> entries = new ArrayList<>();
        for (Question q : questions) {
            Source source = bank.source(q.sourceId())
                    .orElseGet(() -> new Source(q.sourceId(), q.sourceId(), List.of(), org.sourcequiz.model.Published.unknown(), "", "", ""));
            entries.add(Arrangement.arrange(q, sets.get(q.id()), source, entries.size() + 1, questions.size(), seed));
        }
        return new QuizPlan(entries, seed, unknown);
    }

    public List<Presented> questions() {
        return entries.stream().map(Entry::presented).toList();
    }

    List<Entry> entries() {
        return entries;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Ids asked for by {@link #ofIds} that the bank does not hold. */
    public List<String> unknownIds() {
        return unknownIds;
    }
}
