package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;

/**
 * The Lanterna text UI: reads keys, lets the {@link Controller} act on them, and paints the
 * screen it chooses. The caller owns the screen and its terminal and closes them (see
 * {@link SystemTerminal}); this never writes anywhere but the screen.
 */
public final class TextUi {
    private static final long TIMER_REDRAW_MS = 250;
    private static final long IDLE_MS = 20;

    private final Screen screen;
    private final Controller controller;
    private final Painter painter;
    private final BooleanSupplier closed;
    private long lastPaint;
    private boolean pendingResize;

    private TextUi(Screen screen, Controller controller, boolean color, BooleanSupplier closed) {
        this.screen = screen;
        this.controller = controller;
        this.painter = new Painter(screen, Theme.of(color));
        this.closed = closed;
    }

    /** Home on the bank: choose a set and settings, run quizzes, come back; q leaves. */
    public static TextUi home(Screen screen, Bank bank, TuiSettings settings) {
        return new TextUi(screen, Controller.home(bank, settings), settings.color(), () -> false);
    }

    public static TextUi home(SystemTerminal terminal, Bank bank, TuiSettings settings) {
        return new TextUi(terminal.screen(), Controller.home(bank, settings), settings.color(), terminal::isStopping);
    }

    /** The timeline as the whole UI: read it, quiz on the events on screen, come back; q leaves. */
    public static TextUi timeline(Screen screen, Bank bank, TuiSettings settings, TimelineData data) {
        return new TextUi(screen, Controller.timeline(bank, settings, data), settings.color(), () -> false);
    }

    public static TextUi timeline(SystemTerminal terminal, Bank bank, TuiSettings settings, TimelineData data) {
        return new TextUi(terminal.screen(), Controller.timeline(bank, settings, data), settings.color(), terminal::isStopping);
    }

    /** The search screen with {@code query} typed and its hits shown; Esc (or q on an empty field) leaves. */
    public static TextUi search(Screen screen, Bank bank, TuiSettings settings, SearchSource source, String query, String message) {
        return new TextUi(screen, Controller.search(bank, settings, source, query, message), settings.color(), () -> false);
    }

    public static TextUi search(SystemTerminal terminal, Bank bank, TuiSettings settings, SearchSource source, String query,
                                String message) {
        return new TextUi(terminal.screen(), Controller.search(bank, settings, source, query, message), settings.color(),
                terminal::isStopping);
    }

    /** One quiz, its result, and retries of the missed questions; leaving the result leaves the UI. */
    public static TextUi quiz(Screen screen, Bank bank, TuiSettings settings, QuizSession session) {
        return new TextUi(screen, Controller.quiz(bank, settings, session), settings.color(), () -> false);
    }

    public static TextUi quiz(SystemTerminal terminal, Bank bank, TuiSettings settings, QuizSession session) {
        return new TextUi(terminal.screen(), Controller.quiz(bank, settings, session), settings.color(), terminal::isStopping);
    }

    /** The sources list, or with an id that source's article; leaving it leaves the UI. */
    public static TextUi sources(Screen screen, Bank bank, TuiSettings settings, Optional<String> sourceId) {
        return new TextUi(screen, Controller.sources(bank, settings, sourceId), settings.color(), () -> false);
    }

    public static TextUi sources(SystemTerminal terminal, Bank bank, TuiSettings settings, Optional<String> sourceId) {
        return new TextUi(terminal.screen(), Controller.sources(bank, settings, sourceId), settings.color(), terminal::isStopping);
    }

    /**
     * Runs until the user leaves (q, Esc, Ctrl-C). Returns the results of every quiz finished, in
     * order; a quiz left early counts what was answered.
     */
    public List<QuizResult> run() throws IOException {
        paint();
        while (!controller.done() && !closed.getAsBoolean()) {
            if (!pump()) {
                if (controller.ticking() && System.currentTimeMillis() - lastPaint >= TIMER_REDRAW_MS) {
                    paint();
                }
                try {
                    Thread.sleep(IDLE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    controller.apply(new Intent.Interrupt());
                }
            }
        }
        return controller.results();
    }

    /** True when the user left with Ctrl-C (or the input ended), not with q or Esc. */
    public boolean interrupted() {
        return controller.interrupted();
    }

    /** Results of every quiz finished so far. */
    public List<QuizResult> results() {
        return controller.results();
    }

    /** The first quiz's result: for `quiz`, the one the command line asked for. */
    public Optional<QuizResult> firstResult() {
        List<QuizResult> r = controller.results();
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    boolean done() {
        return controller.done();
    }

    Controller controller() {
        return controller;
    }

    /** Handles every key waiting, then repaints if anything changed; true when there was input. */
    boolean pump() throws IOException {
        boolean any = false;
        KeyStroke k;
        while (!controller.done() && (k = screen.pollInput()) != null) {
            handle(k);
            any = true;
        }
        if (any || sizeChanged()) {
            paint();
        }
        return any;
    }

    private boolean sizeChanged() {
        if (screen.doResizeIfNecessary() != null) {
            pendingResize = true;
        }
        return pendingResize;
    }

    private void handle(KeyStroke k) {
        if (Keys.interrupt(k)) {
            controller.apply(new Intent.Interrupt());
        } else if (Painter.tooSmall(screen.getTerminalSize())) {
            return;
        } else if (controller.box() == Controller.Box.HELP || controller.box() == Controller.Box.NOTICE) {
            controller.apply(new Intent.CloseHelp());
        } else if (controller.box() == Controller.Box.CONFIRM_QUIT) {
            if (Keys.is(k, 'y') || Keys.is(k, 'Y') || Keys.is(k, KeyType.Enter)) {
                controller.apply(new Intent.Confirm(true));
            } else if (Keys.is(k, 'n') || Keys.is(k, 'N') || Keys.is(k, 'q') || Keys.is(k, KeyType.Escape)) {
                controller.apply(new Intent.Confirm(false));
            }
        } else {
            Screens.intent(k, controller.view()).ifPresent(controller::apply);
        }
    }

    /** Paints the current screen (after letting time pass), unless the terminal was closed under us. */
    void paint() throws IOException {
        synchronized (screen) {
            if (closed.getAsBoolean() || controller.done()) {
                return;
            }
            controller.tick();
            boolean resized = sizeChanged();
            pendingResize = false;
            TerminalSize size = screen.getTerminalSize();
            View view = controller.view();
            Page page = Screens.page(view, Math.max(Painter.MIN_COLUMNS, size.getColumns()));
            controller.viewport(painter.paint(page, overlay(view), resized));
            lastPaint = System.currentTimeMillis();
        }
    }

    private Optional<Overlay> overlay(View view) {
        return switch (controller.box()) {
            case HELP -> Optional.of(new Overlay("Help", Screens.help(view), "Any key closes this help."));
            case CONFIRM_QUIT -> Optional.of(new Overlay("Leave this quiz?",
                    List.of("You will see the result of the questions answered so far; the others are not counted."),
                    "y or Enter: leave    n or Esc: go on"));
            case NOTICE -> Optional.of(new Overlay("Warning", List.of(controller.notice()), "Any key closes this message."));
            case NONE -> Optional.empty();
        };
    }
}
