package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.engine.QuestionRecord;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.Tally;
import org.sourcequiz.engine.Verdict;

/** The end of a quiz: score, time, a chart by tag or source, and the missed questions to page through. */
final class ResultsScreen implements Screen<ResultsView> {

    @Override
    public Page page(ResultsView v, int width) {
        QuizResult r = v.result();
        List<Line> body = new ArrayList<>();
        body.add(Line.EMPTY);
        if (r.timeUp()) {
            body.add(Line.text(" Time is up.", Style.PROBLEM));
        } else if (r.notReached() > 0) {
            int asked = r.records().size();
            body.add(Line.text(" Stopped after " + asked + " of " + (asked + r.notReached()) + " questions.", Style.BOLD));
        }
        body.add(Line.of(Span.of(" Score: ", Style.BOLD), Span.of(Format.points(r.points(), r.maxPoints())
                + " (" + Format.percent(r.percentage()) + ")", Style.BOLD), Span.plain("    Time: " + Format.time(r.taken()))));
        body.add(Line.text(" Right " + count(r, Verdict.RIGHT) + " · partial " + count(r, Verdict.PARTIAL) + " · wrong "
                + count(r, Verdict.WRONG) + " · skipped " + count(r, Verdict.SKIPPED) + " · longest run of right answers "
                + r.longestStreak()));
        body.add(Line.EMPTY);
        Map<String, Tally> chart = v.bySource() ? r.bySource() : r.byTag();
        body.add(Line.of(Span.of(v.bySource() ? " By source" : " By tag", Style.BOLD),
                Span.of(v.bySource() ? "   (Tab: by tag)" : "   (Tab: by source)", Style.DIM)));
        body.addAll(chart.isEmpty() ? List.of(Line.text(" (none)", Style.DIM)) : Bars.chart(chart, width));
        body.add(Line.EMPTY);
        int missedAt = body.size();
        missed(v, body, width);
        body.add(Line.EMPTY);
        body.add(Line.text(" Seed " + r.seed() + " (the same quiz again: sourcequiz quiz --seed " + r.seed() + " …)", Style.DIM));
        List<String> keys = new ArrayList<>(List.of("Tab", "tag/source"));
        if (!r.missed().isEmpty()) {
            keys.addAll(List.of("←→", "missed", "r", "retry missed"));
        }
        keys.addAll(List.of("↑↓", "scroll", v.homeAfter() ? "Esc" : "q", v.homeAfter() ? "home" : "quit", "?", "help"));
        String title = "Result · " + r.mode().name().toLowerCase(Locale.ROOT);
        int scroll = v.scroll() == ResultsView.TO_MISSED ? missedAt : v.scroll();
        return Page.of(Headers.title("sourcequiz · " + title, ""), body, scroll, Keys.status(v.message(), false),
                Keys.footer(width, keys.toArray(String[]::new)));
    }

    private static void missed(ResultsView v, List<Line> body, int width) {
        List<QuestionRecord> missed = v.result().missed();
        if (missed.isEmpty()) {
            body.add(Line.text(" Nothing to review: every answer was right.", Style.RIGHT));
            return;
        }
        QuestionRecord m = missed.get(v.missed());
        body.add(Line.of(Span.of(" To review: " + missed.size() + (missed.size() == 1 ? " question" : " questions"), Style.BOLD),
                Span.of("   (←→: " + (v.missed() + 1) + " of " + missed.size() + ")", Style.DIM)));
        body.add(Line.of(Span.plain(" "), Span.of(Format.verdict(m.verdict()), Format.style(m.verdict())),
                Span.plain("  " + m.questionId())));
        body.addAll(FeedbackScreen.labelled("Question: ", m.prompt(), width));
        body.addAll(FeedbackScreen.labelled("Correct answer: ", m.expected(), width));
        if (!m.given().isEmpty()) {
            body.addAll(FeedbackScreen.labelled("Your answer: ", m.given(), width));
        }
        v.question().ifPresent(p -> {
            body.add(Line.EMPTY);
            List<String> highlights = v.grade().map(g -> g.highlights()).orElse(List.of());
            PassageBlock.lines(p, highlights, width - 2).forEach(l -> body.add(l.prefixed(Span.plain(" "))));
        });
    }

    private static long count(QuizResult r, Verdict v) {
        return r.records().stream().filter(x -> x.verdict() == v).count();
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, ResultsView v) {
        if (Keys.is(k, KeyType.Tab)) {
            return Optional.of(new Intent.ToggleBreakdown());
        }
        if (Keys.is(k, KeyType.ArrowLeft) || Keys.is(k, 'p')) {
            return Optional.of(new Intent.Missed(-1));
        }
        if (Keys.is(k, KeyType.ArrowRight) || Keys.is(k, 'n')) {
            return Optional.of(new Intent.Missed(1));
        }
        if (Keys.is(k, 'r')) {
            return Optional.of(new Intent.Retry());
        }
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape) || v.homeAfter() && (Keys.is(k, KeyType.Enter) || Keys.is(k, 'h'))) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        return Keys.scroll(k);
    }

    @Override
    public List<String> help(ResultsView v) {
        return List.of("Your score, the time taken, a chart of how you did by tag (Tab: by source), and each question "
                        + "to review with its right answer and passage.",
                "← → (or p n) page through the questions to review; r starts a quiz on just those.",
                "↑↓ PgUp PgDn Home End scroll.",
                v.homeAfter() ? "Esc, Enter or h goes back to Home; from there q leaves." : "q or Esc leaves.");
    }
}
