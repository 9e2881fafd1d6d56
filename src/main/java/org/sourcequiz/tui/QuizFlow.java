package org.sourcequiz.tui;

import java.util.Optional;
import org.sourcequiz.engine.Grade;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.engine.Response;
import org.sourcequiz.model.Kind;

/** The question screens' part of the state machine: editing an answer, sending it, moving on. */
final class QuizFlow {

    /** The next state, or {@code finished} when the session is over and the result is due. */
    record Step(UiState state, boolean finished) {
        static Step to(UiState s) {
            return new Step(s, false);
        }

        static final Step FINISHED = new Step(null, true);
    }

    UiState begin(QuizSession s) {
        return ask(s, "");
    }

    private UiState ask(QuizSession s, String note) {
        Presented p = s.current();
        return new UiState.Asking(s, p, AnswerInput.of(p), Optional.empty(), note, false, 0);
    }

    Step asking(UiState.Asking a, Intent i) {
        QuizSession s = a.session();
        if (i instanceof Intent.Submit || i instanceof Intent.Skip || i instanceof Intent.Rate || i instanceof Intent.Assess) {
            if (s.finished()) {
                return Step.FINISHED;
            }
        }
        if (i instanceof Intent.Skip) {
            return after(a, s.skip());
        } else if (i instanceof Intent.Submit) {
            Optional<Response> r = a.input().response();
            if (r.isEmpty()) {
                return Step.to(a.say(a.input().missing(), true));
            }
            if (opensModelAnswer(a)) {
                return Step.to(new UiState.Asking(s, a.presented(), a.input(), Optional.of(s.reveal()), "", false, 0));
            }
            Optional<String> problem = s.problem(r.get());
            if (problem.isPresent()) {
                return Step.to(a.say(problem.get(), true));
            }
            return after(a, s.answer(r.get()));
        } else if (i instanceof Intent.Reveal && s.mode() == Mode.FLASHCARD) {
            return Step.to(new UiState.Asking(s, a.presented(), a.input(), Optional.of(s.reveal()), "", false, 0));
        } else if (i instanceof Intent.Assess as && a.reveal().isPresent() && a.input() instanceof TextField t) {
            return after(a, s.answer(Response.selfGraded(t.text(), as.grade())));
        } else if (i instanceof Intent.Rate r && a.reveal().isPresent()) {
            s.answer(Response.selfRating(r.rating()));
            return next(s, "Rated " + r.rating().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return Step.to(a.with(edit(a.input(), i)));
    }

    /** open, outside flashcards: a written answer is not sent yet; the model answer is shown for the student to rate it. */
    private static boolean opensModelAnswer(UiState.Asking a) {
        return a.presented().kind() == Kind.OPEN && a.session().mode() != Mode.FLASHCARD && a.reveal().isEmpty();
    }

    private Step after(UiState.Asking a, Grade g) {
        QuizSession s = a.session();
        if (s.mode() == Mode.PRACTICE) {
            return Step.to(new UiState.Feedback(s, a.presented(), g, 0));
        }
        return next(s, g.verdict() == org.sourcequiz.engine.Verdict.SKIPPED ? "Skipped." : "Answer recorded.");
    }

    private Step next(QuizSession s, String note) {
        return s.finished() ? Step.FINISHED : Step.to(ask(s, note));
    }

    /** Edits that only change what is typed or chosen; anything else leaves the input as it is. */
    static AnswerInput edit(AnswerInput in, Intent i) {
        if (in instanceof OptionsInput o) {
            if (i instanceof Intent.Move m) {
                return o.move(m.delta());
            } else if (i instanceof Intent.Pick p) {
                return o.pick(p.index());
            } else if (i instanceof Intent.Toggle) {
                return o.toggle();
            }
        } else if (in instanceof TextField t) {
            if (i instanceof Intent.TypeChar c) {
                return t.type(c.c());
            } else if (i instanceof Intent.Erase e) {
                return e.forward() ? t.delete() : t.backspace();
            } else if (i instanceof Intent.Caret c) {
                return switch (c.move()) {
                    case LEFT -> t.left();
                    case RIGHT -> t.right();
                    case HOME -> t.home();
                    case END -> t.end();
                };
            }
        } else if (in instanceof OrderInput o) {
            if (i instanceof Intent.Move m) {
                return o.move(m.delta());
            } else if (i instanceof Intent.Toggle) {
                return o.toggle();
            }
        } else if (in instanceof MatchInput m) {
            if (i instanceof Intent.Move mv) {
                return m.move(mv.delta());
            } else if (i instanceof Intent.Pick p) {
                return m.pick(p.index());
            } else if (i instanceof Intent.PairWith p) {
                return m.pair(p.right());
            } else if (i instanceof Intent.Unpair) {
                return m.unpair();
            }
        }
        return in;
    }

    /** Position, score so far and timer for the header. */
    QuizHeader header(QuizSession s, Presented p) {
        String score;
        if (s.mode() == Mode.EXAM) {
            score = "Answered " + s.grades().size();
        } else if (s.grades().isEmpty()) {
            score = "Score 0";
        } else {
            double got = s.grades().stream().mapToDouble(Grade::points).sum();
            double max = s.grades().stream().mapToDouble(Grade::maxPoints).sum();
            score = "Score " + Format.number(got) + " of " + Format.number(max);
        }
        String timer = s.timeLeft().map(t -> Format.timeLeft(t) + " left")
                .orElse(s.mode() == Mode.EXAM ? Format.time(s.elapsed()) : "");
        return new QuizHeader(p.setTitle(), p.id(), p.position(), p.total(), score, timer);
    }
}
