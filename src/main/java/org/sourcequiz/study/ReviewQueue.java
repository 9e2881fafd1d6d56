package org.sourcequiz.study;

import org.sourcequiz.engine.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Question;

/**
 * Chooses what to review, as pure functions of the bank, the progress history keeps and the time.
 * Questions no longer in the bank are never chosen; a question whose content changed is new again.
 */
public final class ReviewQueue {
    /** Anki's default for new cards a day. */
    public static final int DEFAULT_NEW_PER_DAY = 20;

    private ReviewQueue() {}

    /**
     * Due questions, most overdue first (then least likely to be recalled, then bank order), then
     * new questions in bank order up to what is left of today's {@code newPerDay}; at most
     * {@code limit} in all.
     */
    public static ReviewBatch choose(List<Question> bank, Map<String, QuestionProgress> progress, Fsrs fsrs,
                                     Instant now, int newPerDay, int limit) {
        LocalDate today = fsrs.days().dayOf(now);
        List<Ranked> due = new ArrayList<>();
        List<Question> unseen = new ArrayList<>();
        int introducedToday = 0;
        for (int i = 0; i < bank.size(); i++) {
            Question q = bank.get(i);
            QuestionProgress p = progress.get(q.id());
            String hash = ContentHash.of(q);
            Card card = p == null ? Card.NEW : p.cardFor(hash);
            if (card.isNew()) {
                unseen.add(q);
                continue;
            }
            if (p.introduced().equals(today)) {
                introducedToday++;
            }
            if (card.isDueBy(today)) {
                due.add(new Ranked(new ReviewItem(q, card.due(), fsrs.retrievability(card, now)), i));
            }
        }
        due.sort(Comparator.comparing((Ranked r) -> r.item.due())
                .thenComparingDouble(r -> r.item.retrievability())
                .thenComparingInt(r -> r.index));
        int cap = Math.max(0, limit);
        List<ReviewItem> dueItems = due.stream().limit(cap).map(r -> r.item).toList();
        int newLeft = Math.max(0, newPerDay - introducedToday);
        int room = Math.min(newLeft, cap - dueItems.size());
        List<ReviewItem> fresh = unseen.stream().limit(Math.max(0, room))
                .map(q -> new ReviewItem(q, null, 0)).toList();
        return new ReviewBatch(dueItems, fresh, due.size(), unseen.size(), newLeft);
    }

    /**
     * Questions whose last answer was not right (wrong, partial or skipped), most recent mistake
     * first, at most {@code limit}. Content changes do not matter here: a slip on the old wording is
     * still worth another look.
     */
    public static List<Question> mistakes(List<Question> bank, Map<String, QuestionProgress> progress, int limit) {
        return bank.stream()
                .filter(q -> progress.containsKey(q.id()) && progress.get(q.id()).lastVerdict() != Verdict.RIGHT)
                .sorted(Comparator.comparing((Question q) -> progress.get(q.id()).lastAnsweredAt()).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    /** How many questions are due today, for the home screen. */
    public static int dueCount(List<Question> bank, Map<String, QuestionProgress> progress, Fsrs fsrs, Instant now) {
        LocalDate today = fsrs.days().dayOf(now);
        int n = 0;
        for (Question q : bank) {
            QuestionProgress p = progress.get(q.id());
            if (p != null && p.cardFor(ContentHash.of(q)).isDueBy(today)) {
                n++;
            }
        }
        return n;
    }

    private record Ranked(ReviewItem item, int index) {}
}
