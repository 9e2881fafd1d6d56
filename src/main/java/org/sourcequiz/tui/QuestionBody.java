package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.Reveal;

/** The body of the question screen: the prompt, then an input made for the question's kind. */
final class QuestionBody {
    private final List<Line> lines = new ArrayList<>();
    private int focus = -1;
    private Page.Caret caret;
    private final int width;

    private QuestionBody(int width) {
        this.width = width;
    }

    record Laid(List<Line> lines, int focus, Optional<Page.Caret> caret) {}

    static Laid of(QuestionView v, int width) {
        QuestionBody b = new QuestionBody(width);
        b.build(v);
        return new Laid(b.lines, b.focus, Optional.ofNullable(b.caret));
    }

    private void build(QuestionView v) {
        Presented p = v.presented();
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.spans(List.of(Span.of(p.question().prompt(), Style.BOLD)), width - 2, 0).stream()
                .map(l -> l.prefixed(Span.plain(" "))).toList());
        lines.add(Line.EMPTY);
        if (v.reveal().isPresent() || v.mode() == org.sourcequiz.engine.Mode.FLASHCARD) {
            flashcard(v, p);
            return;
        }
        AnswerInput in = v.input();
        if (in instanceof OptionsInput o) {
            options(p, o);
        } else if (in instanceof TextField t) {
            field(t);
        } else if (in instanceof OrderInput o) {
            order(p, o);
        } else if (in instanceof MatchInput m) {
            match(p, m);
        }
    }

    private void options(Presented p, OptionsInput o) {
        List<String> labels = o.type() == OptionsInput.Type.TRUEFALSE ? List.of("True", "False") : p.options();
        for (int i = 0; i < labels.size(); i++) {
            String mark = o.multiple() ? (o.isChosen(i) ? "[x] " : "[ ] ") : (o.isChosen(i) ? "(•) " : "( ) ");
            String key = o.type() == OptionsInput.Type.TRUEFALSE ? (i == 0 ? "t" : "f") : Integer.toString(i + 1);
            String head = " " + mark + key + ". ";
            item(head, labels.get(i), i == o.cursor(), false);
        }
    }

    /** An option or item: its head, then its text wrapped under itself; the cursor row is reversed. */
    private void item(String head, String text, boolean selected, boolean bold) {
        int hang = Wrap.width(head);
        List<Line> rows = Wrap.spans(List.of(Span.plain(head), Span.of(text, bold ? Style.BOLD : Style.PLAIN)), width - 1, hang);
        if (selected) {
            focus = lines.size();
            rows = rows.stream().map(l -> l.filled(Style.SELECTED)).toList();
        }
        lines.addAll(rows);
    }

    private void field(TextField t) {
        String prefix = " Your answer › ";
        int room = Math.max(8, width - Wrap.width(prefix) - 2);
        String before = t.text().substring(0, t.caret());
        String shown = t.text();
        int caretCol = Wrap.width(before);
        // A long answer scrolls sideways so the cursor stays on screen.
        int skip = 0;
        while (caretCol - Wrap.width(shown.substring(0, skip)) > room && skip < shown.length()) {
            skip++;
        }
        shown = shown.substring(skip);
        int col = Wrap.width(prefix) + caretCol - Wrap.width(t.text().substring(0, skip));
        caret = new Page.Caret(lines.size(), col);
        focus = lines.size();
        lines.add(Line.of(Span.of(prefix, Style.BOLD), Span.plain(Wrap.width(shown) > room ? Wrap.fit(shown, room) : shown)));
        lines.add(Line.of(Span.plain(" ".repeat(Wrap.width(prefix))), Span.of("─".repeat(room), Style.FRAME)));
    }

    private void order(Presented p, OrderInput o) {
        for (int i = 0; i < o.order().size(); i++) {
            boolean here = i == o.cursor();
            String head = here && o.held() ? " ⇅ " + (i + 1) + ". " : "   " + (i + 1) + ". ";
            item(head, p.options().get(o.order().get(i)), here, here && o.held());
        }
        lines.add(Line.EMPTY);
        item("   ", "✔ Answer with this order", o.onAnswerRow(), true);
    }

    private void match(Presented p, MatchInput m) {
        for (int i = 0; i < p.options().size(); i++) {
            String value = m.rightOf(i).map(r -> (char) ('a' + r) + ". " + p.rights().get(r)).orElse("?");
            item(" " + (i + 1) + ". ", p.options().get(i) + "  →  " + value, i == m.cursor(), false);
        }
        lines.add(Line.EMPTY);
        lines.add(Line.text(" Values:", Style.BOLD));
        for (int r = 0; r < p.rights().size(); r++) {
            int right = r;
            String used = m.pairs().entrySet().stream().filter(e -> e.getValue() == right)
                    .map(e -> "   ← " + (e.getKey() + 1)).findFirst().orElse("");
            lines.addAll(Wrap.spans(List.of(Span.plain("   " + (char) ('a' + r) + ". " + p.rights().get(r)),
                    Span.of(used, Style.DIM)), width - 1, 6));
        }
    }

    private void flashcard(QuestionView v, Presented p) {
        for (int i = 0; i < p.options().size(); i++) {
            lines.addAll(Wrap.spans(List.of(Span.plain("   " + (i + 1) + ". " + p.options().get(i))), width - 1, 6));
        }
        if (!p.rights().isEmpty()) {
            lines.add(Line.text(" Values:", Style.BOLD));
            for (int r = 0; r < p.rights().size(); r++) {
                lines.addAll(Wrap.spans(List.of(Span.plain("   " + (char) ('a' + r) + ". " + p.rights().get(r))), width - 1, 6));
            }
        }
        if (!p.options().isEmpty()) {
            lines.add(Line.EMPTY);
        }
        if (v.reveal().isEmpty()) {
            lines.add(Line.text(" Think of the answer, then press Space or Enter to see it.", Style.DIM));
            return;
        }
        Reveal r = v.reveal().get();
        boolean selfGraded = v.mode() != org.sourcequiz.engine.Mode.FLASHCARD;
        if (selfGraded && v.input() instanceof TextField t) {
            lines.addAll(Wrap.spans(List.of(Span.of(" Your answer: ", Style.BOLD), Span.plain(t.text())), width - 1, 14));
        }
        lines.addAll(Wrap.spans(List.of(Span.of(selfGraded ? " Model answer: " : " Answer: ", Style.BOLD),
                Span.of(r.expected(), Style.BOLD)), width - 1, 9));
        String why = p.question().stem().explain();
        if (!why.isEmpty()) {
            lines.addAll(Wrap.spans(List.of(Span.of(" Why: ", Style.BOLD), Span.plain(why)), width - 1, 6));
        }
        List<Line> passage = PassageBlock.lines(p, r.highlights(), width - 2);
        if (!passage.isEmpty()) {
            lines.add(Line.EMPTY);
            passage.forEach(l -> lines.add(l.prefixed(Span.plain(" "))));
        }
        lines.add(Line.EMPTY);
        lines.add(Line.text(selfGraded ? " How does your answer compare?  1 right · 2 partly · 3 wrong"
                : " How well did you remember it?  1 again · 2 hard · 3 good · 4 easy", Style.BOLD));
    }
}
