package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.authoring.ItemAnalysisReport;
import org.sourcequiz.authoring.ItemFigures;
import org.sourcequiz.authoring.ItemFlag;
import org.sourcequiz.authoring.TestFigures;
import org.sourcequiz.study.Charts;
import org.sourcequiz.study.Charts.Glyphs;

/** The human view of {@code analyze}: the test's figures, the score distribution as a chart, a table of questions, then what to look at. */
public final class ItemAnalysisText {
    private static final int ID_WIDTH = 36;
    private static final int OPTION_WIDTH = 50;

    private ItemAnalysisText() {}

    public static List<String> render(ResultsAnalysis.Outcome o, Glyphs g, int width) {
        ItemAnalysisReport r = o.report();
        TestFigures t = r.test();
        List<String> out = new ArrayList<>();
        out.add("Item analysis of " + t.students() + (t.students() == 1 ? " student" : " students") + " ("
                + o.files() + (o.files() == 1 ? " file" : " files")
                + (t.leftOut() > 0 ? "; " + t.leftOut() + " later attempts or copies left out" : "") + ")");
        if (t.students() == 0) {
            out.add("No attempts to analyse.");
            return out;
        }
        out.add("Score: mean " + pct(t.meanPercent()) + ", median " + pct(t.medianPercent()) + ", standard deviation "
                + t.sdPercent().map(ItemAnalysisText::pct).orElse("-"));
        out.add(alpha(t));
        out.add("");
        out.add("Distribution of scores (students per tenth of the score)");
        List<Charts.Bar> bars = new ArrayList<>();
        String dash = g == Glyphs.ASCII ? "-" : "–";
        int most = 0;
        for (int i = 0; i < t.distribution().size(); i++) {
            int c = t.distribution().get(i);
            most = Math.max(most, c);
            bars.add(new Charts.Bar((i * 10) + dash + (i * 10 + 10) + "%", c, Integer.toString(c)));
        }
        for (String line : Charts.bars(bars, most, Math.max(10, Math.min(40, width - 20)), g)) {
            out.add("  " + line);
        }
        out.add("");
        table(r.questions(), g, out);
        notes(r.questions(), out);
        options(r.questions(), g, out);
        return out;
    }

    private static String alpha(TestFigures t) {
        int others = t.questions() - t.alphaQuestions();
        String over = "over the " + t.alphaQuestions() + " questions every student was given"
                + (others > 0 ? " (" + others + " given to some only are left out of it)" : "");
        return t.alpha().map(a -> "Cronbach's alpha: " + fixed(a, 2) + " " + over)
                .orElse("Cronbach's alpha: none; it needs two questions every student was given, two students and some spread ("
                        + t.alphaQuestions() + " such questions)");
    }

    private static void table(List<ItemFigures> qs, Glyphs g, List<String> out) {
        int idWidth = "question".length();
        for (ItemFigures q : qs) {
            idWidth = Math.max(idWidth, width(Charts.truncate(q.id(), ID_WIDTH, g)));
        }
        String format = "%s %6s %8s %6s %7s %7s  %s";
        out.add(String.format(Locale.ROOT, format, pad("question", idWidth), "n", "facility", "sd", "discrim", "effic.", "flags"));
        for (ItemFigures q : qs) {
            out.add(String.format(Locale.ROOT, format, pad(Charts.truncate(q.id(), ID_WIDTH, g), idWidth), q.n(),
                    fixed(q.facility(), 2), opt(q.sd()), opt(q.discrimination()), opt(q.efficiency()),
                    String.join(" ", q.flags().stream().map(ItemFlag::code).toList())).stripTrailing());
        }
    }

    private static void notes(List<ItemFigures> qs, List<String> out) {
        List<String> lines = new ArrayList<>();
        for (ItemFigures q : qs) {
            for (ItemFlag f : q.flags()) {
                lines.add("  " + q.id() + ": " + f.meaning());
            }
        }
        if (!lines.isEmpty()) {
            out.add("");
            out.add("To look at");
            out.addAll(lines);
        }
    }

    private static void options(List<ItemFigures> qs, Glyphs g, List<String> out) {
        boolean header = false;
        for (ItemFigures q : qs) {
            if (q.options().isEmpty()) {
                continue;
            }
            if (!header) {
                out.add("");
                out.add("Options picked (choice, true/false, multi; * the key)");
                header = true;
            }
            out.add("  " + q.id());
            int w = "(skipped)".length();
            for (String option : q.options().keySet()) {
                w = Math.max(w, width(Charts.truncate(option, OPTION_WIDTH, g)));
            }
            // A multi's key is its right options joined as the engine joins them.
            List<String> keys = List.of(q.key().split("; ", -1));
            for (Map.Entry<String, Integer> e : q.options().entrySet()) {
                out.add(String.format(Locale.ROOT, "    %s %s %5d  %s", keys.contains(e.getKey()) ? "*" : " ",
                        pad(Charts.truncate(e.getKey(), OPTION_WIDTH, g), w), e.getValue(), pct(100.0 * e.getValue() / q.n())));
            }
            if (q.skipped() > 0) {
                out.add(String.format(Locale.ROOT, "      %s %5d  %s", pad("(skipped)", w), q.skipped(),
                        pct(100.0 * q.skipped() / q.n())));
            }
        }
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - width(s)));
    }

    private static String opt(Optional<Double> v) {
        return v.map(x -> fixed(x, 2)).orElse("-");
    }

    private static String fixed(double v, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v);
    }
}
