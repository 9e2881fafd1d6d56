package org.sourcequiz.tui;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An extra row on Home, below the question sets, supplied from outside the text UI: a label, a
 * short detail shown beside it (e.g. "12 due"), and what choosing it does. A live detail may
 * change while Home is up (a count still being worked out), so Home redraws it as it runs.
 */
public record HomeEntry(String label, Supplier<String> detail, boolean live, Intent intent) {
    public HomeEntry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
        if (!(intent instanceof Intent.StartQuiz || intent instanceof Intent.ShowPage || intent instanceof Intent.OpenSearch
                || intent instanceof Intent.OpenTimeline || intent instanceof Intent.OpenSources)) {
            throw new IllegalArgumentException("a Home entry starts a quiz or shows a page");
        }
    }

    /** A detail known when Home opens. */
    public HomeEntry(String label, String detail, Intent intent) {
        this(label, () -> detail == null ? "" : detail, false, intent);
    }

    String detailNow() {
        String d = detail.get();
        return d == null ? "" : d;
    }
}
