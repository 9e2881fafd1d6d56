package org.sourcequiz.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one answer moves a question's progress on. The store applies it answer by answer inside
 * each answer's transaction; {@link #replay} applies it to a whole list, which is how tests check
 * that what the store keeps is what the answers say.
 */
public final class Progression {
    private Progression() {}

    /** {@code previous} is null for a question never answered. */
    public static QuestionProgress advance(QuestionProgress previous, AnswerRecord a, Fsrs fsrs) {
        LocalDate day = fsrs.days().dayOf(a.answeredAt());
        boolean fresh = previous == null || !previous.contentHash().equals(a.contentHash());
        Card card = fresh ? Card.NEW : previous.card();
        LocalDate introduced = fresh ? day : previous.introduced();
        Tally tally = previous == null ? Tally.of(a.verdict()) : previous.tally().plus(a.verdict());
        return new QuestionProgress(a.questionId(), a.contentHash(), fsrs.schedule(card, a.rating(), a.answeredAt()),
                introduced, tally, a.verdict(), a.answeredAt());
    }

    /** Every question's progress after {@code answers}, taken in time order. */
    public static Map<String, QuestionProgress> replay(List<AnswerRecord> answers, Fsrs fsrs) {
        Map<String, QuestionProgress> out = new LinkedHashMap<>();
        for (AnswerRecord a : chronological(answers)) {
            out.put(a.questionId(), advance(out.get(a.questionId()), a, fsrs));
        }
        return out;
    }

    /** Answers per study day, oldest first. */
    public static List<DayTally> days(List<AnswerRecord> answers, StudyDays days) {
        Map<LocalDate, Tally> byDay = new TreeMap<>();
        for (AnswerRecord a : answers) {
            byDay.merge(days.dayOf(a.answeredAt()), Tally.of(a.verdict()), Tally::plus);
        }
        List<DayTally> out = new ArrayList<>();
        byDay.forEach((d, t) -> out.add(new DayTally(d, t)));
        return out;
    }

    private static List<AnswerRecord> chronological(List<AnswerRecord> answers) {
        List<AnswerRecord> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator.comparing(AnswerRecord::answeredAt));
        return sorted;
    }
}
