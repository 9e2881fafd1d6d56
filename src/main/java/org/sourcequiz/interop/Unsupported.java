package org.sourcequiz.interop;

import java.util.Map;

/** The Moodle types our model cannot hold, each with the reason the report gives. */
final class Unsupported {
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("description", "description: nothing to answer"),
            Map.entry("multianswer", "cloze (multianswer): several embedded answers in one text; no kind holds that"),
            Map.entry("calculated", "calculated: the answer is a formula over random values; no kind holds that"),
            Map.entry("calculatedsimple", "calculatedsimple: the answer is a formula over random values; no kind holds that"),
            Map.entry("calculatedmulti", "calculatedmulti: the choices are formulas over random values; no kind holds that"),
            Map.entry("ddwtos", "ddwtos (drag and drop into text): no kind holds that"),
            Map.entry("ddimageortext", "ddimageortext (drag and drop onto an image): needs the image"),
            Map.entry("ddmarker", "ddmarker (drag markers onto an image): needs the image"),
            Map.entry("gapselect", "gapselect (select missing words): no kind holds that"),
            Map.entry("randomsamatch", "randomsamatch: its pairs are drawn from other questions at random"),
            Map.entry("random", "random: a placeholder for a question drawn from a category"));

    private Unsupported() {}

    /** Why {@code qtype} is skipped, or null when it maps to a kind. */
    static String reason(String qtype) {
        return REASONS.get(qtype);
    }
}
