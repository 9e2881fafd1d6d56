package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.SelfGrade;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.NumberQuestion;

/** A question being answered, and a flashcard before and after it is turned over. */
final class QuestionScreen implements Screen<QuestionView> {

    @Override
    public Page page(QuestionView v, int width) {
        QuestionBody.Laid body = QuestionBody.of(v, width);
        Line status = v.message().isEmpty() ? Keys.status(hint(v), false) : Keys.status(v.message(), v.problem());
        return new Page(Headers.quiz(v.header()), body.lines(), body.focus(), v.scroll(), body.caret(), status, footer(v, width));
    }

    private static Line footer(QuestionView v, int width) {
        if (v.mode() != Mode.FLASHCARD && v.reveal().isPresent()) {
            return Keys.footer(width, "1-3", "rate your answer", "Tab", "skip", "Esc", "quit", "?", "help");
        }
        if (v.mode() == Mode.FLASHCARD) {
            return v.reveal().isEmpty() ? Keys.footer(width, "Space", "show answer", "Tab", "skip", "q", "quit", "?", "help")
                    : v.article() ? Keys.footer(width, "1-4", "rate", "a", "article", "↑↓", "scroll", "q", "quit", "?", "help")
                    : Keys.footer(width, "1-4", "rate", "↑↓", "scroll", "q", "quit", "?", "help");
        }
        AnswerInput in = v.input();
        if (in instanceof TextField) {
            return Keys.footer(width, "Enter", "answer", "←→", "edit", "Tab", "skip", "Esc", "quit", "F1", "help");
        } else if (in instanceof OrderInput) {
            return Keys.footer(width, "↑↓", "move", "Space", "pick up/put down", "Tab", "skip", "q", "quit", "?", "help");
        } else if (in instanceof MatchInput m) {
            return Keys.footer(width, "↑↓", "item", "a-" + (char) ('a' + m.rights() - 1), "value", "Enter", "answer", "Tab", "skip",
                    "q", "quit", "?", "help");
        } else if (in instanceof OptionsInput o && o.multiple()) {
            return Keys.footer(width, "Space", "tick", "Enter", "answer", "Tab", "skip", "q", "quit", "?", "help");
        }
        return Keys.footer(width, "↑↓", "choose", "Enter", "answer", "Tab", "skip", "q", "quit", "?", "help");
    }

    /** What the status row says while nothing needs saying. */
    static String hint(QuestionView v) {
        Presented p = v.presented();
        if (v.mode() == Mode.FLASHCARD) {
            return v.reveal().isEmpty() ? "Flashcard: answer in your head first." : "Rate your recall: 1 again, 2 hard, 3 good, 4 easy.";
        }
        if (v.reveal().isPresent()) {
            return "Compare with the model answer, then rate yours: 1 right, 2 partly, 3 wrong.";
        }
        return switch (p.kind()) {
            case CHOICE -> "Choose one answer: ↑↓ or its number, then Enter.";
            case MULTI -> "Tick all that apply (Space or the number), then Enter.";
            case TRUEFALSE -> "True or false? t or f, then Enter.";
            case NUMBER -> {
                String unit = ((NumberQuestion) p.question()).unit();
                yield "Type a number" + (unit.isEmpty() ? "" : " (" + unit + ")") + ", then Enter.";
            }
            case DATE -> switch (((DateQuestion) p.question()).precision()) {
                case DAY -> "Type a date, e.g. 9 September 2021 or 2021-09-09.";
                case MONTH -> "Type a month and year, e.g. September 2021.";
                case YEAR -> "Type a year.";
            };
            case TEXT -> "Type your answer, then Enter.";
            case ORDER -> "Space picks an item up, ↑↓ move it, Space puts it down.";
            case MATCH -> "Choose an item (↑↓ or its number), then its value's letter.";
            case OPEN -> "Write your answer, then Enter; you will compare it with a model answer.";
        };
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, QuestionView v) {
        if (Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, KeyType.Escape)) {
            return Optional.of(new Intent.AskQuit());
        }
        if (Keys.is(k, KeyType.Tab)) {
            return Optional.of(new Intent.Skip());
        }
        if (Keys.is(k, KeyType.PageUp) || Keys.is(k, KeyType.PageDown)) {
            return Keys.scroll(k);
        }
        if (v.mode() == Mode.FLASHCARD) {
            return flashcard(k, v);
        }
        if (v.reveal().isPresent()) {
            return selfGrade(k);
        }
        AnswerInput in = v.input();
        if (in instanceof TextField t) {
            return typed(k, t);
        }
        if (Keys.is(k, '?')) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (in instanceof MatchInput m) {
            Optional<Intent> i = match(k, m);
            if (i.isPresent()) {
                return i;
            }
        }
        if (Keys.is(k, 'q')) {
            return Optional.of(new Intent.AskQuit());
        }
        if (Keys.is(k, 's')) {
            return Optional.of(new Intent.Skip());
        }
        if (in instanceof OrderInput o) {
            return order(k, o);
        }
        return options(k, (OptionsInput) in);
    }

    private static Optional<Intent> options(KeyStroke k, OptionsInput o) {
        if (o.type() == OptionsInput.Type.TRUEFALSE && (Keys.is(k, 't') || Keys.is(k, 'f'))) {
            return Optional.of(new Intent.Pick(Keys.is(k, 't') ? 0 : 1));
        }
        Optional<Integer> d = Keys.digit(k);
        if (d.isPresent()) {
            return Optional.of(new Intent.Pick(d.get()));
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case Enter -> Optional.of(new Intent.Submit());
            default -> Keys.is(k, ' ') ? Optional.of(new Intent.Toggle()) : Optional.empty();
        };
    }

    private static Optional<Intent> typed(KeyStroke k, TextField t) {
        if (Keys.is(k, '?') && t.text().isEmpty()) {
            return Optional.of(new Intent.ShowHelp());
        }
        Optional<Character> c = Keys.ch(k);
        if (c.isPresent()) {
            return Optional.of(new Intent.TypeChar(c.get()));
        }
        return switch (k.getKeyType()) {
            case ArrowLeft -> Optional.of(new Intent.Caret(Intent.CaretMove.LEFT));
            case ArrowRight -> Optional.of(new Intent.Caret(Intent.CaretMove.RIGHT));
            case Home -> Optional.of(new Intent.Caret(Intent.CaretMove.HOME));
            case End -> Optional.of(new Intent.Caret(Intent.CaretMove.END));
            case Backspace -> Optional.of(new Intent.Erase(false));
            case Delete -> Optional.of(new Intent.Erase(true));
            case Enter -> Optional.of(new Intent.Submit());
            default -> Optional.empty();
        };
    }

    private static Optional<Intent> order(KeyStroke k, OrderInput o) {
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case Enter -> Optional.of(o.onAnswerRow() ? new Intent.Submit() : new Intent.Toggle());
            default -> Keys.is(k, ' ') ? Optional.of(new Intent.Toggle()) : Optional.empty();
        };
    }

    /** Letters within the values pair; others (q, s) keep their meaning. */
    private static Optional<Intent> match(KeyStroke k, MatchInput m) {
        Optional<Character> c = Keys.ch(k).map(Character::toLowerCase);
        if (c.isPresent() && c.get() >= 'a' && c.get() < 'a' + m.rights()) {
            return Optional.of(new Intent.PairWith(c.get() - 'a'));
        }
        Optional<Integer> d = Keys.digit(k);
        if (d.isPresent()) {
            return Optional.of(new Intent.Pick(d.get()));
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case Backspace, Delete -> Optional.of(new Intent.Unpair());
            case Enter -> Optional.of(new Intent.Submit());
            default -> Optional.empty();
        };
    }

    /** open, once the model answer shows: 1 right, 2 partly, 3 wrong (or their initials). */
    private static Optional<Intent> selfGrade(KeyStroke k) {
        if (Keys.is(k, '?')) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, 'q')) {
            return Optional.of(new Intent.AskQuit());
        }
        Optional<Integer> d = Keys.digit(k);
        if (d.isPresent() && d.get() < 3) {
            return Optional.of(new Intent.Assess(SelfGrade.values()[d.get()]));
        }
        for (SelfGrade g : SelfGrade.values()) {
            if (Keys.is(k, g.label().charAt(0))) {
                return Optional.of(new Intent.Assess(g));
            }
        }
        return Keys.scroll(k);
    }

    private static Optional<Intent> flashcard(KeyStroke k, QuestionView v) {
        if (Keys.is(k, '?')) {
            return Optional.of(new Intent.ShowHelp());
        }
        if (Keys.is(k, 'q')) {
            return Optional.of(new Intent.AskQuit());
        }
        if (v.reveal().isEmpty()) {
            if (Keys.is(k, ' ') || Keys.is(k, KeyType.Enter)) {
                return Optional.of(new Intent.Reveal());
            }
            return Keys.is(k, 's') ? Optional.of(new Intent.Skip()) : Optional.empty();
        }
        Optional<Integer> d = Keys.digit(k);
        if (d.isPresent() && d.get() < 4) {
            return Optional.of(new Intent.Rate(Rating.values()[d.get()]));
        }
        if (Keys.is(k, 'a') && v.article()) {
            return Optional.of(new Intent.OpenArticle());
        }
        return Keys.scroll(k);
    }

    @Override
    public List<String> help(QuestionView v) {
        List<String> h = new ArrayList<>();
        if (v.mode() == Mode.FLASHCARD) {
            h.add("Flashcard: think of the answer, press Space or Enter to turn the card over, then rate how well you "
                    + "remembered it: 1 again, 2 hard, 3 good, 4 easy.");
            h.add("Once the card is turned, a opens the article at its passage; q there comes back to the card.");
        } else {
            AnswerInput in = v.input();
            if (in instanceof OptionsInput o && o.multiple()) {
                h.add("↑↓ move, Space (or the option's number) ticks and unticks; Enter answers with the ticked options.");
            } else if (in instanceof OptionsInput o && o.type() == OptionsInput.Type.TRUEFALSE) {
                h.add("t or f (or ↑↓) chooses; Enter answers.");
            } else if (in instanceof OptionsInput) {
                h.add("↑↓ or the option's number chooses; Enter answers.");
            } else if (in instanceof TextField) {
                h.add("Type the answer; ← → Home End move the cursor, Backspace and Delete erase; Enter answers. "
                        + "Numbers, dates and names may be typed in any common form.");
                h.add("Here ? types a question mark once you have typed something; F1 always shows this help.");
            } else if (in instanceof OrderInput) {
                h.add("↑↓ move the cursor. Space or Enter picks up the item under it; ↑↓ then move that item; "
                        + "Space or Enter puts it down. When the order is right, go to “Answer with this order” and press Enter.");
            } else if (in instanceof MatchInput) {
                h.add("Choose an item with ↑↓ or its number, then press the letter of the value it goes with; "
                        + "Backspace undoes a pair. A value goes with one item only. Enter answers with the pairs made.");
            }
            h.add(v.mode() == Mode.EXAM ? "Exam: answers are graded at the end." : "Practice: after each answer you see the "
                    + "right answer and the passage it comes from.");
        }
        h.add(v.input() instanceof TextField ? "Tab skips the question." : "Tab or s skips the question.");
        h.add("PgUp/PgDn scroll when the question is long.");
        h.add("q or Esc leaves the quiz (you are asked first); Ctrl-C leaves at once.");
        return h;
    }
}
