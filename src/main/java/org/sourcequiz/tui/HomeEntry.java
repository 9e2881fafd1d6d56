package org.sourcequiz.tui;

import java.util.Objects;

/**
 * An extra row on Home, below the question sets, supplied from outside the text UI: a label, a
 * short detail shown beside it (e.g. "12 due"), and what choosing it does.
 */
public record HomeEntry(String label, String detail, Intent intent) {
    public HomeEntry {
        Objects.requireNonNull(label, "label");
        detail = detail == null ? "" : detail;
        if (!(intent instanceof Intent.StartQuiz || intent instanceof Intent.ShowPage)) {
            throw new IllegalArgumentException("a Home entry starts a quiz or shows a page");
        }
    }
}
