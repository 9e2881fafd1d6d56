package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.engine.Citation;
import org.sourcequiz.explore.ArticleParagraph;
import org.sourcequiz.explore.PassageMark;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.explore.SourceSummary;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;
import org.sourcequiz.text.TerminalSafety;

/**
 * `sources --plain` (and `sources` with no terminal): lines a screen reader or a script can
 * follow. Cited passages are between ** marks, as search marks its matches, and the ids of the
 * questions citing a paragraph are on the line after it.
 */
public final class SourcesText {
    private SourcesText() {}

    public static List<String> list(List<SourceSummary> summaries) {
        List<String> out = new ArrayList<>();
        for (SourceSummary s : summaries) {
            Source src = s.source();
            out.add(safe(src.id() + "  " + src.title()));
            out.add(safe("   " + byline(src) + " · " + s.questions() + " questions, " + s.passages() + " passages"));
            Published p = src.published();
            if (p.isKnown() && p.estimated() && !p.reason().isBlank()) {
                out.add(safe("   date estimated: " + p.reason()));
            }
        }
        out.add("An article with its cited passages: sourcequiz sources ID --sources DIR");
        return out;
    }

    /** Authors, date (or its estimate) and outlet, saying so where the article names none. */
    public static String byline(Source s) {
        String authors = s.authors().isEmpty() ? "author not named" : String.join(", ", s.authors());
        Published p = s.published();
        String date = !p.isKnown() ? "date not known" : p.estimated() ? "estimated " + p.iso() : p.iso();
        return authors + " · " + date + " · " + (s.outlet().isEmpty() ? "outlet not named" : s.outlet());
    }

    public static List<String> article(SourceArticle a) {
        List<String> out = new ArrayList<>();
        out.add(safe(Citation.of(a.source())));
        if (!a.full()) {
            out.add(SourceArticles.NEEDS_SOURCES + " The cited passages alone:");
        }
        out.add("");
        int n = 0;
        for (ArticleParagraph p : a.paragraphs()) {
            n++;
            out.add(safe((p.cited() ? "» " : "  ") + n + ". " + marked(p)));
            if (p.cited()) {
                out.add(safe("     cited by: " + String.join(", ", p.questions())));
            }
        }
        if (!a.unplaced().isEmpty()) {
            out.add(safe("Not found in the article (see `sourcequiz validate --sources DIR`): " + String.join(", ", a.unplaced())));
        }
        return out;
    }

    /** The paragraph with each run of cited text between ** marks (overlapping passages make one run). */
    static String marked(ArticleParagraph p) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        int runEnd = -1;
        for (PassageMark m : p.marks()) {
            if (m.start() > runEnd) {
                if (runEnd >= 0) {
                    b.append(p.text(), pos, runEnd).append("**");
                    pos = runEnd;
                }
                b.append(p.text(), pos, m.start()).append("**");
                pos = m.start();
            }
            runEnd = Math.max(runEnd, m.end());
        }
        if (runEnd >= 0) {
            b.append(p.text(), pos, runEnd).append("**");
            pos = runEnd;
        }
        return b.append(p.text().substring(pos)).toString();
    }

    private static String safe(String s) {
        return TerminalSafety.sanitize(s);
    }
}
