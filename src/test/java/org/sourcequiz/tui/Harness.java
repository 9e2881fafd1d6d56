package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;

/**
 * The text UI on Lanterna's virtual terminal: keys go in, the screen comes out as text. The clock
 * moves only when a test moves it, and every quiz has a fixed seed.
 */
final class Harness {
    static final Bank BANK = load();
    static final long SEED = 7;

    final RecordingTerminal terminal;
    final TerminalScreen screen;
    final FixedClock clock = new FixedClock();
    final List<QuizSession> sessions = new ArrayList<>();
    TextUi ui;

    private Harness(int cols, int rows) {
        terminal = new RecordingTerminal(new TerminalSize(cols, rows));
        try {
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Bank load() {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(Path.of("src/test/resources/quiz-bank")));
        assertThat(r.problems()).isEmpty();
        return r.bank();
    }

    TuiSettings settings(boolean color) {
        return new TuiSettings(color, (plan, options) -> {
            QuizSession s = QuizSession.start(plan, options, clock, "s" + sessions.size(), AnswerListener.NONE);
            sessions.add(s);
            return s;
        }, () -> SEED, List.of());
    }

    /** A quiz on the given question ids, in that order. */
    static Harness quiz(QuizOptions options, String... ids) {
        return quiz(100, 30, true, options, ids);
    }

    static Harness quiz(int cols, int rows, boolean color, QuizOptions options, String... ids) {
        return quiz(BANK, cols, rows, color, options, ids);
    }

    /** A quiz on another bank than the fixtures in quiz-bank/. */
    static Harness quiz(Bank bank, int cols, int rows, boolean color, QuizOptions options, String... ids) {
        Harness h = new Harness(cols, rows);
        TuiSettings settings = h.settings(color);
        QuizSession s = settings.starter().start(QuizPlan.ofIds(bank, List.of(ids), SEED), options);
        h.ui = TextUi.quiz(h.screen, bank, settings, s);
        return h.paint();
    }

    /** A quiz whose answers can open their articles on {@code shelf}. */
    static Harness quiz(int cols, int rows, ArticleShelf shelf, QuizOptions options, String... ids) {
        Harness h = new Harness(cols, rows);
        TuiSettings settings = h.settings(true).withArticles(shelf);
        QuizSession s = settings.starter().start(QuizPlan.ofIds(BANK, List.of(ids), SEED), options);
        h.ui = TextUi.quiz(h.screen, BANK, settings, s);
        return h.paint();
    }

    /** The sources view as `sourcequiz sources [ID]` opens it. */
    static Harness sources(int cols, int rows, boolean color, ArticleShelf shelf, String sourceId) {
        Harness h = new Harness(cols, rows);
        h.ui = TextUi.sources(h.screen, BANK, h.settings(color).withArticles(shelf), java.util.Optional.ofNullable(sourceId));
        return h.paint();
    }

    static Harness home(int cols, int rows, boolean color, List<HomeEntry> extras) {
        Harness h = new Harness(cols, rows);
        h.ui = TextUi.home(h.screen, BANK, h.settings(color).withExtras(extras));
        return h.paint();
    }

    /** The timeline as the whole UI, as `sourcequiz timeline` runs it. */
    static Harness timeline(int cols, int rows, boolean color, TimelineData data) {
        Harness h = new Harness(cols, rows);
        h.ui = TextUi.timeline(h.screen, BANK, h.settings(color), data);
        return h.paint();
    }

    /** The search screen on its own, as `sourcequiz search WORDS` opens it. */
    static Harness search(int cols, int rows, SearchSource source, String query, String message) {
        Harness h = new Harness(cols, rows);
        h.ui = TextUi.search(h.screen, BANK, h.settings(true), source, query, message);
        return h.paint();
    }

    QuizSession session() {
        return sessions.get(sessions.size() - 1);
    }

    Harness paint() {
        try {
            ui.paint();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Harness press(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            terminal.addInput(k);
        }
        try {
            ui.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Harness press(KeyType... types) {
        for (KeyType t : types) {
            press(new KeyStroke(t));
        }
        return this;
    }

    /** Each character as a key. */
    Harness type(String text) {
        for (char c : text.toCharArray()) {
            press(new KeyStroke(c, false, false));
        }
        return this;
    }

    Harness enter() {
        return press(KeyType.Enter);
    }

    Harness ctrlC() {
        return press(new KeyStroke('c', true, false));
    }

    Harness resize(int cols, int rows) {
        terminal.setTerminalSize(new TerminalSize(cols, rows));
        try {
            ui.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The screen as text, one line per row, trailing blanks removed. */
    String text() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                row.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            b.append(row.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** The screen as one line: rows joined and runs of spaces (and the passage frame's sides) made one space, so wrapped text reads whole. */
    String flat() {
        return text().replace("│", " ").replaceAll("\\s+", " ");
    }

    /** The characters shown in the given style test, for checking highlights. */
    String cells(java.util.function.Predicate<TextCharacter> test) {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                if (test.test(ch)) {
                    b.append(ch.getCharacterString());
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A clock that moves only when told. */
    static final class FixedClock extends Clock {
        Instant now = Instant.parse("2024-05-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
