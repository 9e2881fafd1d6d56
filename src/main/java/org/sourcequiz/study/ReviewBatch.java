package org.sourcequiz.study;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Question;

/**
 * The questions of one review session: due ones first, then new ones.
 *
 * @param dueTotal      how many were due, before {@code limit} cut the list
 * @param newAvailable  questions never answered (in their current content) in the bank
 * @param newLeftToday  new questions today's daily limit still allowed
 */
public record ReviewBatch(List<ReviewItem> due, List<ReviewItem> fresh, int dueTotal, int newAvailable,
                          int newLeftToday) {
    public ReviewBatch {
        due = List.copyOf(due);
        fresh = List.copyOf(fresh);
    }

    public List<ReviewItem> items() {
        List<ReviewItem> all = new ArrayList<>(due);
        all.addAll(fresh);
        return all;
    }

    public List<Question> questions() {
        return items().stream().map(ReviewItem::question).toList();
    }

    public boolean isEmpty() {
        return due.isEmpty() && fresh.isEmpty();
    }
}
