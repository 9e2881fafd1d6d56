package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.Grade;

/** Practice feedback: right or wrong, both answers, why, and the passage with its citation. */
final class FeedbackScreen implements Screen<FeedbackView> {

    @Override
    public Page page(FeedbackView v, int width) {
        Grade g = v.grade();
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        body.add(Line.of(Span.plain(" "), Span.of(Format.verdict(g.verdict()), Format.style(g.verdict())),
                Span.plain("   " + Format.points(g.points(), g.maxPoints()))));
        body.add(Line.EMPTY);
        body.addAll(labelled("Question: ", v.presented().question().prompt(), width));
        boolean open = v.presented().kind() == org.sourcequiz.model.Kind.OPEN;
        body.addAll(labelled(open ? "Model answer: " : "Correct answer: ", g.expected(), width));
        if (!g.given().isEmpty()) {
            body.addAll(labelled("Your answer: ", g.given(), width));
        }
        g.feedback().forEach(f -> body.addAll(labelled("Feedback: ", f, width)));
        String why = v.presented().question().stem().explain();
        if (!why.isEmpty()) {
            body.addAll(labelled("Why: ", why, width));
        }
        body.add(Line.EMPTY);
        PassageBlock.lines(v.presented(), g.highlights(), width - 2).forEach(l -> body.add(l.prefixed(Span.plain(" "))));
        Line footer = v.article()
                ? Keys.footer(width, "Enter", v.last() ? "see the result" : "next question", "a", "article", "↑↓ PgUp PgDn", "scroll",
                "q", "quit", "?", "help")
                : Keys.footer(width, "Enter", v.last() ? "see the result" : "next question", "↑↓ PgUp PgDn", "scroll",
                "q", "quit", "?", "help");
        return Page.of(Headers.quiz(v.header()), body, v.scroll(), Line.EMPTY, footer);
    }

    static List<Line> labelled(String label, String text, int width) {
        return Wrap.spans(List.of(Span.of(" " + label, Style.BOLD), Span.plain(text)), width - 1, 3);
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, FeedbackView v) {
        if (Keys.is(k, KeyType.Enter) || Keys.is(k, ' ') || Keys.is(k, 'n') || Keys.is(k, KeyType.ArrowRight)) {
            return Optional.of(new Intent.Submit());
        }
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape)) {
            return Optional.of(new Intent.AskQuit());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, 'a') && v.article()) {
            return Optional.of(new Intent.OpenArticle());
        }
        return Keys.scroll(k);
    }

    @Override
    public List<String> help(FeedbackView v) {
        return List.of("The verdict, the right answer, yours, and the passage of the article it comes from, with its key "
                        + "words highlighted and the article cited below.",
                "Enter, Space or → goes on. ↑↓ PgUp PgDn Home End scroll a long passage.",
                "a opens the article at this passage (the whole text with --sources DIR); q there comes back here.",
                "q or Esc leaves the quiz (you are asked first); Ctrl-C leaves at once.");
    }
}
