package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.model.Source;

/** The page Enter shows for an article hit on the search screen: the whole paragraph, where it is from, and who cites it. */
public final class SearchPages {
    private SearchPages() {}

    /** Lines of a text page; "# " starts a heading. */
    public static List<String> paragraph(SearchBank.Opened opened, SearchHit hit) {
        List<String> lines = new ArrayList<>();
        String title = opened.bank().sources().stream().filter(s -> s.id().equals(hit.sourceId())).map(Source::title)
                .findFirst().orElse(hit.sourceId());
        int count = opened.articles().stream().filter(a -> a.sourceId().equals(hit.sourceId()))
                .mapToInt(a -> a.paragraphs().size()).findFirst().orElse(0);
        lines.add("# " + title);
        lines.add("Source " + hit.sourceId() + ", paragraph " + hit.paragraph() + " of " + count + ".");
        lines.add("");
        lines.add(opened.paragraph(hit.sourceId(), hit.paragraph()).orElse("(this paragraph is no longer in the article)"));
        lines.add("");
        List<String> citing = opened.citing(hit.sourceId(), hit.paragraph());
        if (citing.isEmpty()) {
            lines.add("No question cites this paragraph.");
        } else {
            lines.add("# Questions citing this paragraph");
            lines.add(String.join(", ", citing));
        }
        return lines;
    }
}
