package org.sourcequiz.tui;

import java.util.List;

/** The list of sources: each with its byline and counts, one under the cursor. */
record SourcesView(List<ArticleShelf.Entry> entries, int cursor, String message) implements View {
    SourcesView {
        entries = List.copyOf(entries);
    }
}
