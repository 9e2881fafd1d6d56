package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.authoring.ItemAnalysisReport;
import org.sourcequiz.authoring.ItemFigures;
import org.sourcequiz.authoring.ItemFlag;
import org.sourcequiz.authoring.TestFigures;

/** The JSON shape of {@code analyze --json} (documented in the README): figures rounded to four places, null where the data give none. */
public final class ItemAnalysisJson {
    private ItemAnalysisJson() {}

    public static Map<String, Object> of(ResultsAnalysis.Outcome o) {
        TestFigures t = o.report().test();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("students", t.students());
        m.put("files", o.files());
        m.put("left_out", t.leftOut());
        m.put("mean_percent", round(t.meanPercent()));
        m.put("median_percent", round(t.medianPercent()));
        m.put("sd_percent", round(t.sdPercent()));
        m.put("alpha", round(t.alpha()));
        m.put("alpha_questions", t.alphaQuestions());
        List<Map<String, Object>> bins = new ArrayList<>();
        for (int i = 0; i < t.distribution().size(); i++) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("from_percent", i * 10);
            b.put("to_percent", i * 10 + 10);
            b.put("students", t.distribution().get(i));
            bins.add(b);
        }
        m.put("distribution", bins);
        List<Map<String, Object>> qs = new ArrayList<>();
        for (ItemFigures q : o.report().questions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", q.id());
            x.put("kind", q.kind().map(k -> k.fileName()).orElse(null));
            x.put("n", q.n());
            x.put("facility", round(q.facility()));
            x.put("sd", round(q.sd()));
            x.put("discrimination", round(q.discrimination()));
            x.put("efficiency", round(q.efficiency()));
            x.put("flags", q.flags().stream().map(ItemFlag::code).toList());
            x.put("options", q.options());
            x.put("skipped", q.skipped());
            x.put("key", q.key());
            qs.add(x);
        }
        m.put("questions", qs);
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static Double round(Optional<Double> v) {
        return v.map(ItemAnalysisJson::round).orElse(null);
    }
}
