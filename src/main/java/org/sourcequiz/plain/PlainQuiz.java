package org.sourcequiz.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.Parsed;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuestionRecord;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Response;
import org.sourcequiz.engine.Tally;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.text.TerminalSafety;

/**
 * The line-based quiz: one answer per line in, plain text out. For scripts, pipes, screen readers
 * and terminals where the text UI cannot run. End of input ends the quiz with the result so far.
 */
public final class PlainQuiz {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean color;
    private final boolean echo;

    /**
     * @param echo write each line read after its prompt, so the transcript shows the answers when
     *             input comes from a pipe or file rather than a terminal (which echoes by itself)
     */
    public PlainQuiz(BufferedReader in, PrintWriter out, boolean color, boolean echo) {
        this.in = in;
        this.out = out;
        this.color = color;
        this.echo = echo;
    }

    /** Runs the session to its end and prints the result; returns it. */
    public QuizResult run(QuizSession s) {
        intro(s);
        while (!s.finished()) {
            Presented p = s.current();
            question(s, p);
            boolean going = s.mode() == Mode.FLASHCARD ? flashcard(s, p) : answer(s, p);
            if (!going) {
                break;
            }
        }
        if (s.timeUp()) {
            out.println();
            out.println("Time is up.");
        }
        QuizResult r = s.result();
        summary(r);
        out.flush();
        return r;
    }

    private void intro(QuizSession s) {
        int n = s.plan().size();
        StringBuilder b = new StringBuilder();
        b.append(n).append(n == 1 ? " question" : " questions").append(", ")
                .append(s.mode().name().toLowerCase(java.util.Locale.ROOT)).append(" mode");
        s.options().timeLimit().ifPresent(t -> b.append(", time limit ").append(PlainFormat.time(t)));
        if (s.mode() == Mode.EXAM && s.options().negativeMarking() > 0) {
            b.append(", a wrong choice costs ").append(PlainFormat.points(s.options().negativeMarking())).append(" of its points");
        }
        b.append(". Type :help for help.");
        out.println(b);
    }

    private void question(QuizSession s, Presented p) {
        out.println();
        String timeLeft = s.timeLeft().map(t -> "  (time left " + PlainFormat.timeLeft(t) + ")").orElse("");
        out.println("[" + p.position() + "/" + p.total() + "] " + PlainFormat.safe(p.id()) + " — "
                + PlainFormat.safe(p.setTitle()) + timeLeft);
        out.println(PlainFormat.safe(p.question().prompt()));
        for (int i = 0; i < p.options().size(); i++) {
            out.println("  " + (i + 1) + ". " + PlainFormat.safe(p.options().get(i)));
        }
        if (!p.rights().isEmpty()) {
            out.println("Values:");
            for (int i = 0; i < p.rights().size(); i++) {
                out.println("  " + (char) ('a' + i) + ". " + PlainFormat.safe(p.rights().get(i)));
            }
        }
        if (s.mode() != Mode.FLASHCARD) {
            out.println(hint(p));
        }
    }

    static String hint(Presented p) {
        Question q = p.question();
        return switch (p.kind()) {
            case CHOICE -> "Type the number of your answer.";
            case MULTI -> "Type the numbers of all that apply, e.g. 1,3.";
            case TRUEFALSE -> "True or false? Type t or f.";
            case NUMBER -> "Type a number" + (((NumberQuestion) q).unit().isEmpty() ? "." : " (" + PlainFormat.safe(((NumberQuestion) q).unit()) + ").");
            case DATE -> switch (((DateQuestion) q).precision()) {
                case DAY -> "Type a date, e.g. 9 September 2021 or 2021-09-09.";
                case MONTH -> "Type a month and year, e.g. September 2021.";
                case YEAR -> "Type a year.";
            };
            case TEXT -> "Type your answer.";
            case ORDER -> "Type the item numbers in order, e.g. " + example(p.options().size()) + ".";
            case MATCH -> "Type each number with its letter, e.g. 1b 2a 3c.";
            case OPEN -> "Write your answer on one line; then compare it with a model answer.";
        };
    }

    private static String example(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.min(n, 4); i >= 1; i--) {
            b.append(i).append(i > 1 ? " " : "");
        }
        return b.toString();
    }

    /** Reads until an answer is graded; false when the quiz ends here (quit, end of input, time up). */
    private boolean answer(QuizSession s, Presented p) {
        while (true) {
            Next next = next(s, p, "That answer came after the time limit and was not counted.");
            if (next.line() == null) {
                return next.goOn();
            }
            Parsed<Response> r = PlainInput.parse(next.line(), p);
            Optional<String> problem = r.isOk() ? s.problem(r.value()) : Optional.of(r.problem());
            if (problem.isPresent()) {
                // A reason may quote the typed line, which can come from a pipe holding anything.
                out.println("? " + PlainFormat.safe(problem.get()));
                continue;
            }
            feedback(s, p, s.answer(r.value()));
            return true;
        }
    }

    /** A line of input that is not a command, or (line null) whether the quiz goes on after this question. */
    private record Next(String line, boolean goOn) {
        static Next end(boolean goOn) {
            return new Next(null, goOn);
        }
    }

    /**
     * The next line that is not a {@code :command}. End of input, the time limit and commands like
     * :skip end the question instead; {@code late} is said when an answer arrives after the time limit.
     */
    private Next next(QuizSession s, Presented p, String late) {
        while (true) {
            String line = read();
            if (line == null) {
                s.quit();
                return Next.end(false);
            }
            if (s.finished()) {
                if (late != null) {
                    out.println(late);
                }
                return Next.end(false);
            }
            if (!line.strip().startsWith(":")) {
                return new Next(line, true);
            }
            Optional<Boolean> c = command(line, s, p);
            if (c.isPresent()) {
                return Next.end(c.get());
            }
        }
    }

    /** Runs a {@code :command}; empty when the same question should be asked again. */
    private Optional<Boolean> command(String line, QuizSession s, Presented p) {
        switch (line.strip().toLowerCase(java.util.Locale.ROOT)) {
            case ":skip", ":s" -> {
                feedback(s, p, s.skip());
                return Optional.of(true);
            }
            case ":quit", ":q" -> {
                s.quit();
                return Optional.of(false);
            }
            case ":help", ":h", ":?" -> help(s, p);
            case ":time" -> out.println(s.timeLeft().map(t -> "Time left: " + PlainFormat.timeLeft(t))
                    .orElse("Time so far: " + PlainFormat.time(s.elapsed()) + " (no time limit)"));
            default -> out.println("? unknown command " + PlainFormat.safe(line.strip()) + "; the commands are :skip, :quit, :help, :time");
        }
        return Optional.empty();
    }

    private void help(QuizSession s, Presented p) {
        out.println(s.mode() == Mode.FLASHCARD ? "Press Enter to see the answer, then rate how well you remembered it: 1 again, 2 hard, 3 good, 4 easy."
                : hint(p) + " Numbers, dates and names may be typed in any common form.");
        out.println("Commands: :skip (skip this question), :quit (end the quiz and see the result), :help, :time (time left).");
    }

    private void feedback(QuizSession s, Presented p, Grade g) {
        if (!s.mode().feedbackAfterEachAnswer()) {
            out.println(g.verdict() == org.sourcequiz.engine.Verdict.SKIPPED ? "Skipped." : "Answer recorded.");
            return;
        }
        out.println(PlainFormat.verdict(g.verdict(), color) + "  (" + PlainFormat.points(g.points()) + " of "
                + PlainFormat.points(g.maxPoints()) + (g.maxPoints() == 1 ? " point)" : " points)"));
        out.println("Correct answer: " + PlainFormat.safe(g.expected()));
        if (!g.given().isEmpty()) {
            out.println("Your answer: " + PlainFormat.safe(g.given()));
        }
        passage(p, g.highlights());
    }

    private void passage(Presented p, java.util.List<String> highlights) {
        if (!p.question().stem().explain().isEmpty()) {
            out.println("Why: " + PlainFormat.safe(p.question().stem().explain()));
        }
        out.println("Passage: " + PlainFormat.marked(p.question().passage(), highlights, color));
        out.println("Source: " + PlainFormat.citation(p.source()));
    }

    /** Show, reveal on Enter, then a self-rating; false when the quiz ends here. */
    private boolean flashcard(QuizSession s, Presented p) {
        out.println("Press Enter to see the answer.");
        Next shown = next(s, p, null);
        if (shown.line() == null) {
            return shown.goOn();
        }
        var reveal = s.reveal();
        out.println("Answer: " + PlainFormat.safe(reveal.expected()));
        passage(p, reveal.highlights());
        out.println("How well did you remember it? 1 again, 2 hard, 3 good, 4 easy.");
        while (true) {
            Next next = next(s, p, null);
            if (next.line() == null) {
                return next.goOn();
            }
            Parsed<Rating> r = PlainInput.rating(next.line());
            if (!r.isOk()) {
                out.println("? " + r.problem());
                continue;
            }
            s.answer(Response.selfRating(r.value()));
            return true;
        }
    }

    private void summary(QuizResult r) {
        out.println();
        out.println("Result");
        int answered = r.records().size();
        if (r.notReached() > 0) {
            out.println("Stopped after " + answered + " of " + (answered + r.notReached()) + " questions.");
        }
        out.println("Score: " + PlainFormat.points(r.points()) + " of " + PlainFormat.points(r.maxPoints())
                + (r.maxPoints() == 1 ? " point (" : " points (") + PlainFormat.percent(r.percentage()) + ")");
        out.println("Time: " + PlainFormat.time(r.taken()));
        long right = count(r, org.sourcequiz.engine.Verdict.RIGHT);
        out.println("Right " + right + ", partial " + count(r, org.sourcequiz.engine.Verdict.PARTIAL)
                + ", wrong " + count(r, org.sourcequiz.engine.Verdict.WRONG)
                + ", skipped " + count(r, org.sourcequiz.engine.Verdict.SKIPPED)
                + "; longest run of right answers " + r.longestStreak() + ".");
        if (!r.byTag().isEmpty()) {
            out.println("By tag:");
            int width = r.byTag().keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, Tally> e : r.byTag().entrySet()) {
                Tally t = e.getValue();
                out.println("  " + pad(PlainFormat.safe(e.getKey()), width) + "  " + PlainFormat.points(t.points()) + " of "
                        + PlainFormat.points(t.maxPoints()) + " (" + PlainFormat.percent(t.percentage()) + ")");
            }
        }
        if (!r.missed().isEmpty()) {
            out.println("To review:");
            for (QuestionRecord m : r.missed()) {
                out.println("  " + PlainFormat.safe(m.questionId()) + " (" + m.verdict().name().toLowerCase(java.util.Locale.ROOT)
                        + "): " + PlainFormat.safe(m.prompt()));
                out.println("    Correct answer: " + PlainFormat.safe(m.expected()));
                if (!m.given().isEmpty()) {
                    out.println("    Your answer: " + PlainFormat.safe(m.given()));
                }
            }
        }
        out.println("Seed: " + r.seed() + " (the same quiz again: --seed " + r.seed() + ")");
    }

    private static long count(QuizResult r, org.sourcequiz.engine.Verdict v) {
        return r.records().stream().filter(x -> x.verdict() == v).count();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private String read() {
        out.print("> ");
        out.flush();
        try {
            String line = in.readLine();
            if (echo) {
                out.println(line == null ? "" : TerminalSafety.sanitize(line));
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
