package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.explore.ArticleParagraph;
import org.sourcequiz.explore.PassageMark;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.explore.SourceSummary;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;

/** The JSON of `sources` (README, "Sources and articles"): the same keys on every object, null where nothing is known. */
public final class SourcesJson {
    private SourcesJson() {}

    public static Map<String, Object> list(List<SourceSummary> summaries) {
        List<Object> sources = new ArrayList<>();
        for (SourceSummary s : summaries) {
            Source src = s.source();
            Published p = src.published();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", src.id());
            m.put("title", src.title());
            m.put("authors", src.authors());
            m.put("published", p.isKnown() && !p.estimated() ? p.iso() : null);
            Map<String, Object> estimate = null;
            if (p.isKnown() && p.estimated()) {
                estimate = new LinkedHashMap<>();
                estimate.put("date", p.iso());
                estimate.put("reason", p.reason());
            }
            m.put("estimate", estimate);
            m.put("outlet", src.outlet().isEmpty() ? null : src.outlet());
            m.put("questions", s.questions());
            m.put("passages", s.passages());
            sources.add(m);
        }
        return Map.of("sources", sources);
    }

    public static Map<String, Object> article(SourceArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.source().id());
        m.put("full", a.full());
        List<Object> paragraphs = new ArrayList<>();
        for (ArticleParagraph p : a.paragraphs()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("text", p.text());
            pm.put("questions", p.questions());
            List<Object> marks = new ArrayList<>();
            for (PassageMark mark : p.marks()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("start", mark.start());
                mm.put("end", mark.end());
                mm.put("questions", mark.questions());
                marks.add(mm);
            }
            pm.put("marks", marks);
            paragraphs.add(pm);
        }
        m.put("paragraphs", paragraphs);
        m.put("unplaced", a.unplaced());
        return m;
    }
}
