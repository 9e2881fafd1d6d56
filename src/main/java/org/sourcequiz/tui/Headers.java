package org.sourcequiz.tui;

import java.util.List;

/** The header rows every screen starts with. */
final class Headers {
    private Headers() {}

    static List<Line> title(String left, String right) {
        return List.of(Line.of(Span.plain(" " + left)).withRight(Span.plain(right + " ")).filled(Style.HEADER));
    }

    /** Set and question id on the bar, then position, score and timer. */
    static List<Line> quiz(QuizHeader h) {
        StringBuilder b = new StringBuilder(" Question " + h.position() + " of " + h.total());
        if (!h.score().isEmpty()) {
            b.append("  ·  ").append(h.score());
        }
        Line second = Line.of(Span.of(b.toString(), Style.BOLD));
        if (!h.timer().isEmpty()) {
            second = second.withRight(Span.of("⏱ " + h.timer() + " ", Style.BOLD));
        }
        return List.of(title(h.setTitle(), h.questionId()).get(0), second);
    }
}
