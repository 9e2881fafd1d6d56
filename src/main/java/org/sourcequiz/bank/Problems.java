package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems for one file while it is read. */
final class Problems {
    private final String file;
    private final List<Problem> list;

    Problems(String file, List<Problem> list) {
        this.file = file;
        this.list = list;
    }

    Problems(String file) {
        this(file, new ArrayList<>());
    }

    String file() {
        return file;
    }

    void error(Location at, String questionId, String message, String hint) {
        list.add(new Problem(file, at.line(), at.column(), Problem.Severity.ERROR, questionId, message, hint));
    }

    void warning(Location at, String questionId, String message, String hint) {
        list.add(new Problem(file, at.line(), at.column(), Problem.Severity.WARNING, questionId, message, hint));
    }

    List<Problem> list() {
        return list;
    }

    static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparingInt(Problem::column);
}
