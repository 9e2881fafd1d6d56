package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.engine.Presented;

/**
 * A question's source passage in a frame, its key words highlighted, with the citation below.
 * Used on the feedback screen, the turned-over flashcard and the missed questions of the results;
 * a question with no passage shows its explanation and feedback alone.
 */
final class PassageBlock {
    private PassageBlock() {}

    /** No lines for a question without a passage (an imported one): an empty frame and "Source:" would cite nothing. */
    static List<Line> lines(Presented p, List<String> highlights, int width) {
        if (p.question().passage().isBlank()) {
            return List.of();
        }
        int inner = Math.max(10, width - 4);
        List<Line> out = new ArrayList<>();
        String title = "─ Passage ";
        out.add(Line.text("┌" + title + "─".repeat(Math.max(0, inner + 2 - Wrap.width(title))) + "┐", Style.FRAME));
        for (Line l : Wrap.spans(marked(p.question().passage(), highlights), inner, 0)) {
            int pad = Math.max(0, inner - l.left().stream().mapToInt(Span::width).sum());
            List<Span> row = new ArrayList<>();
            row.add(Span.of("│ ", Style.FRAME));
            row.addAll(l.left());
            row.add(Span.of(" ".repeat(pad) + " │", Style.FRAME));
            out.add(Line.of(row));
        }
        out.add(Line.text("└" + "─".repeat(inner + 2) + "┘", Style.FRAME));
        out.addAll(Wrap.spans(List.of(Span.of("Source: ", Style.BOLD), Span.plain(Format.citation(p.source()))), width, 2));
        return out;
    }

    /** The passage as spans, each highlight (an exact substring) in the highlight style. */
    static List<Span> marked(String passage, List<String> highlights) {
        List<int[]> found = new ArrayList<>();
        for (String h : highlights) {
            int at = h.isEmpty() ? -1 : passage.indexOf(h);
            if (at >= 0 && found.stream().noneMatch(s -> at < s[1] && s[0] < at + h.length())) {
                found.add(new int[] {at, at + h.length()});
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        for (int[] s : found) {
            spans.add(Span.plain(passage.substring(pos, s[0])));
            spans.add(Span.of(passage.substring(s[0], s[1]), Style.HIGHLIGHT));
            pos = s[1];
        }
        spans.add(Span.plain(passage.substring(pos)));
        return spans;
    }
}
