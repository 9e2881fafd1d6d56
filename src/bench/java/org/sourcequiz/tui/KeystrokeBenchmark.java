package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.TextQuestion;

/**
 * A key pressed on a question screen until the screen shows its effect, on Lanterna's virtual
 * terminal (100×30) as the tests drive it: the key goes into the terminal's input, the text UI
 * reads it, the controller applies it, the screen is laid out and painted, and the screen's
 * refresh has written every changed cell to the terminal. Sampled, so the report has percentiles.
 *
 * <p>{@code choice}: ↓ and ↑ in turn on a five-option question (the selection moves each time).
 * {@code text}: a letter, then Backspace, in a text answer (the field changes each time).
 * Baselines on the same content: {@code bareRefresh} puts the two screens the keys alternate
 * between, cell by cell with their colours and styles as the virtual terminal showed them,
 * straight onto a bare Lanterna screen and refreshes it (Lanterna's own cost of that redraw, with
 * no controller, layout or wrapping); {@code keyOnly} puts the key in and reads it back.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"})
@State(Scope.Thread)
public class KeystrokeBenchmark {
    private static final TerminalSize SIZE = new TerminalSize(100, 30);

    @Param({"choice", "text"})
    public String input;

    private DefaultVirtualTerminal terminal;
    private TextUi ui;
    private KeyStroke forth;
    private KeyStroke back;
    private boolean flip;

    private DefaultVirtualTerminal bareTerminal;
    private TerminalScreen bare;
    private TextCharacter[][] screenA;
    private TextCharacter[][] screenB;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        LoadResult loaded = new BankLoader(Path.of("")).loadBundled();
        if (loaded.hasErrors()) {
            throw new IllegalStateException("the bundled bank has errors: " + loaded.problems().get(0));
        }
        Bank bank = loaded.bank();
        boolean choice = input.equals("choice");
        Question q = bank.questions().stream()
                .filter(x -> choice ? x instanceof ChoiceQuestion c && c.choices().size() == 5 : x instanceof TextQuestion)
                .max(Comparator.comparingInt(x -> x.prompt().length()))
                .orElseThrow();
        forth = choice ? new KeyStroke(KeyType.ArrowDown) : new KeyStroke('a', false, false);
        back = choice ? new KeyStroke(KeyType.ArrowUp) : new KeyStroke(KeyType.Backspace);

        terminal = new DefaultVirtualTerminal(SIZE);
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
        SessionStarter starter = (plan, options) -> QuizSession.start(plan, options, clock, "bench", AnswerListener.NONE);
        TuiSettings settings = new TuiSettings(true, starter, () -> 7, List.of());
        QuizSession session = starter.start(QuizPlan.ofIds(bank, List.of(q.id()), 7), QuizOptions.of(org.sourcequiz.engine.Mode.PRACTICE));
        ui = TextUi.quiz(screen, bank, settings, session);
        ui.paint();

        // The measured path must really redraw: every key changes the screen, and the pair
        // alternates between two screens, so each measured key has something to draw.
        press(forth);
        List<String> rows = text(terminal);
        screenA = cells(terminal);
        press(back);
        List<String> other = text(terminal);
        screenB = cells(terminal);
        press(forth);
        if (rows.equals(other) || !text(terminal).equals(rows)) {
            throw new IllegalStateException("the keys do not alternate two screens on " + q.id());
        }
        flip = true;

        bareTerminal = new DefaultVirtualTerminal(SIZE);
        bare = new TerminalScreen(bareTerminal);
        bare.startScreen();
    }

    private void press(KeyStroke k) throws IOException {
        terminal.addInput(k);
        ui.pump();
    }

    @Benchmark
    public DefaultVirtualTerminal keystroke() throws IOException {
        press(flip ? back : forth);
        flip = !flip;
        return terminal;
    }

    @Benchmark
    public DefaultVirtualTerminal bareRefresh() throws IOException {
        TextCharacter[][] cells = flip ? screenB : screenA;
        bare.clear();
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c] != null) {
                    bare.setCharacter(c, r, cells[r][c]);
                }
            }
        }
        bare.refresh(Screen.RefreshType.DELTA);
        flip = !flip;
        return bareTerminal;
    }

    @Benchmark
    public KeyStroke keyOnly() throws IOException {
        bareTerminal.addInput(flip ? back : forth);
        flip = !flip;
        return bare.pollInput();
    }

    /** Every cell as shown, null where a double-width character covers it. */
    private static TextCharacter[][] cells(DefaultVirtualTerminal t) {
        TextCharacter[][] out = new TextCharacter[SIZE.getRows()][SIZE.getColumns()];
        for (int r = 0; r < SIZE.getRows(); r++) {
            for (int c = 0; c < SIZE.getColumns(); c++) {
                out[r][c] = t.getCharacter(c, r);
                if (out[r][c].isDoubleWidth()) {
                    c++;
                }
            }
        }
        return out;
    }

    private static List<String> text(DefaultVirtualTerminal t) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < SIZE.getRows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < SIZE.getColumns(); c++) {
                TextCharacter ch = t.getCharacter(c, r);
                row.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) {
                    c++;
                }
            }
            out.add(row.toString());
        }
        return out;
    }
}
