package org.sourcequiz.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts as lines of text, for the stats screen and for plain output alike. Unicode output
 * draws bars to an eighth of a character with block elements; ASCII output (for terminals and
 * screen readers that lack them) uses '#'. Each line also states its value in words or digits, so
 * the chart is readable without seeing the bars.
 */
public final class Charts {
    /** Which characters to draw with. */
    public enum Glyphs {
        UNICODE("█", " ▏▎▍▌▋▊▉", "│", "…", "▁▂▃▄▅▆▇█", "·"),
        ASCII("#", "        ", "|", "...", "_.-=+*%#", ".");

        final String full;
        final String eighths;
        final String rule;
        final String ellipsis;
        final String levels;
        final String empty;

        Glyphs(String full, String eighths, String rule, String ellipsis, String levels, String empty) {
            this.full = full;
            this.eighths = eighths;
            this.rule = rule;
            this.ellipsis = ellipsis;
            this.levels = levels;
            this.empty = empty;
        }
    }

    /** One bar: {@code value} sets its length, {@code valueText} is printed after it. */
    public record Bar(String label, double value, String valueText) {}

    public static final int MAX_LABEL = 28;

    private Charts() {}

    /**
     * One line per bar: the label padded to the longest label, the bar scaled so {@code max}
     * fills {@code barWidth} characters, then the value text.
     */
    public static List<String> bars(List<Bar> bars, double max, int barWidth, Glyphs g) {
        int labelWidth = 0;
        for (Bar b : bars) {
            labelWidth = Math.max(labelWidth, width(truncate(b.label(), MAX_LABEL, g)));
        }
        List<String> lines = new ArrayList<>();
        for (Bar b : bars) {
            String label = truncate(b.label(), MAX_LABEL, g);
            lines.add(label + " ".repeat(labelWidth - width(label)) + " " + g.rule
                    + bar(b.value(), max, barWidth, g) + g.rule + " " + b.valueText());
        }
        return lines;
    }

    /** A bar exactly {@code width} characters wide, filled in proportion to value / max. */
    public static String bar(double value, double max, int width, Glyphs g) {
        double share = max <= 0 || Double.isNaN(value) ? 0 : Math.min(Math.max(value / max, 0), 1);
        int eighths = (int) Math.round(share * width * 8);
        if (g == Glyphs.ASCII) {
            eighths = (eighths + 4) / 8 * 8;
        }
        int full = eighths / 8;
        StringBuilder b = new StringBuilder(g.full.repeat(full));
        int used = full;
        if (eighths % 8 != 0 && full < width) {
            b.append(g.eighths.charAt(eighths % 8));
            used++;
        }
        b.append(" ".repeat(Math.max(0, width - used)));
        return b.toString();
    }

    /** One character per value, its height in proportion to value / max; null draws as no data. */
    public static String sparkline(List<Double> values, double max, Glyphs g) {
        StringBuilder b = new StringBuilder();
        int top = g.levels.length() - 1;
        for (Double v : values) {
            if (v == null) {
                b.append(g.empty);
            } else {
                double share = max <= 0 ? 0 : Math.min(Math.max(v / max, 0), 1);
                b.append(g.levels.charAt((int) Math.round(share * top)));
            }
        }
        return b.toString();
    }

    /** {@code s} cut to {@code max} characters, ending with an ellipsis when cut. */
    public static String truncate(String s, int max, Glyphs g) {
        if (width(s) <= max) {
            return s;
        }
        int keep = Math.max(0, max - g.ellipsis.length());
        return s.substring(0, s.offsetByCodePoints(0, keep)) + g.ellipsis;
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
