package org.sourcequiz.bank;

import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Bank;

/** A bank with what was wrong while reading it; questions with errors are left out of the bank. */
public record LoadResult(Bank bank, List<Problem> problems, Map<String, Location> questionLocations) {
    public LoadResult {
        problems = List.copyOf(problems);
        questionLocations = Map.copyOf(questionLocations);
    }

    /** Adds problems found later, such as passage checks. */
    public LoadResult with(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        all.sort(Problems.ORDER);
        return new LoadResult(bank, all, questionLocations);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
