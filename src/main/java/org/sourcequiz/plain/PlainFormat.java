package org.sourcequiz.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.engine.Citation;
import org.sourcequiz.model.Source;
import org.sourcequiz.text.TerminalSafety;

/** Small text pieces of the plain interface: verdicts, citations, marked passages, numbers. */
final class PlainFormat {
    private PlainFormat() {}

    private static final String BOLD = "\u001b[1m";
    private static final String NORMAL = "\u001b[22m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[39m";

    /** Question-file text made safe for a terminal. */
    static String safe(String s) {
        return TerminalSafety.sanitize(s);
    }

    /** Symbol and word, so the verdict reads the same without colour. */
    static String verdict(Verdict v, boolean color) {
        String text = switch (v) {
            case RIGHT -> "✓ RIGHT";
            case WRONG -> "✗ WRONG";
            case PARTIAL -> "~ PARTIAL";
            case SKIPPED -> "– SKIPPED";
        };
        if (!color) {
            return text;
        }
        String c = switch (v) {
            case RIGHT -> GREEN;
            case WRONG -> RED;
            case PARTIAL -> YELLOW;
            case SKIPPED -> "";
        };
        return c.isEmpty() ? text : BOLD + c + text + RESET + NORMAL;
    }

    /**
     * The passage with its key words marked: bold with colour, else between asterisks, which read
     * as emphasis in plain text.
     */
    static String marked(String passage, List<String> highlights, boolean color) {
        String p = safe(passage);
        List<int[]> spans = new ArrayList<>();
        for (String h : highlights) {
            int at = p.indexOf(safe(h));
            if (at >= 0 && spans.stream().noneMatch(s -> at < s[1] && s[0] < at + h.length())) {
                spans.add(new int[] {at, at + h.length()});
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int[] s : spans) {
            b.append(p, pos, s[0]).append(color ? BOLD : "*").append(p, s[0], s[1]).append(color ? NORMAL : "*");
            pos = s[1];
        }
        return b.append(p.substring(pos)).toString();
    }

    /** Authors or "author not named", title, date or "estimated <date>", outlet where known. */
    static String citation(Source s) {
        return safe(Citation.of(s));
    }

    /** 1, 0.5, 0.67: points without needless decimals. */
    static String points(double p) {
        BigDecimal b = BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
    }

    static String percent(double p) {
        return Math.round(p) + "%";
    }

    /** Time left, rounded up: 0:01 is shown until the last second has gone. */
    static String timeLeft(Duration d) {
        return time(d.getNano() == 0 ? d : Duration.ofSeconds(d.getSeconds() + 1));
    }

    /** 2:05, or 1:02:05 past an hour. */
    static String time(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
