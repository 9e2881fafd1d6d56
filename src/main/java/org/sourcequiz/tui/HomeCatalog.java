package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.Selection;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/**
 * What Home offers, read once from the bank: "All sets" then each set, and for each the tags and
 * kinds its questions have. Row 0 is all sets; row i is set i - 1.
 */
final class HomeCatalog {
    private final Bank bank;
    /** Home redraws as keys arrive and time passes; what cannot change is counted once. */
    private final int totalQuestions;
    private final int sourceCount;

    HomeCatalog(Bank bank) {
        this.bank = bank;
        Set<String> sources = new HashSet<>();
        int total = 0;
        for (QuestionSet set : bank.sets()) {
            total += set.questions().size();
            set.questions().forEach(q -> sources.add(q.sourceId()));
        }
        this.totalQuestions = total;
        this.sourceCount = sources.size();
    }

    int setRows() {
        return bank.sets().size() + 1;
    }

    String title(int row) {
        return row == 0 ? "All sets" : bank.sets().get(row - 1).title();
    }

    String description(int row) {
        return row == 0 ? "Questions drawn from every set, in random order." : bank.sets().get(row - 1).description();
    }

    int questions(int row) {
        return row == 0 ? totalQuestions : bank.sets().get(row - 1).questions().size();
    }

    List<String> setIds(int row) {
        return row == 0 ? List.of() : List.of(bank.sets().get(row - 1).id());
    }

    private List<Question> of(int row) {
        return row == 0 ? bank.questions() : bank.sets().get(row - 1).questions();
    }

    List<String> tags(int row) {
        Set<String> t = new TreeSet<>();
        of(row).forEach(q -> t.addAll(q.tags()));
        return new ArrayList<>(t);
    }

    List<Kind> kinds(int row) {
        Set<Kind> k = EnumSet.noneOf(Kind.class);
        of(row).forEach(q -> k.add(q.kind()));
        return new ArrayList<>(k);
    }

    int sourceCount() {
        return sourceCount;
    }

    /** The questions a Home choice would draw from, before the count is applied. */
    Selection selection(HomeState s, long seed) {
        return new Selection(setIds(s.chosen()), s.tag().map(List::of).orElse(List.of()), List.of(),
                s.kind().map(EnumSet::of).orElse(EnumSet.noneOf(Kind.class)), s.count(), seed);
    }

    int matching(HomeState s) {
        return QuizPlan.matching(bank, selection(s, 0)).size();
    }

    List<QuestionSet> sets() {
        return bank.sets();
    }
}
