package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal with Ctrl-C trapped, put into raw mode by one {@code stty} run instead of
 * four: each run is a new process, milliseconds apiece before the first screen. The settings
 * are those Lanterna applies one by one (-icanon, min 1, -echo, intr undef). The settings to
 * restore are read first, as Lanterna does, or taken from {@link SttySettings} when read ahead.
 */
final class RawModeTerminal extends UnixTerminal {
    // Set by saveTerminalSettings() and canonicalMode(false), which Lanterna calls from its
    // constructor, before this class's field initialisers would run: so these have none.
    private boolean raw;
    /** What {@code stty -g} printed before raw mode, to go back to. */
    private String saved;
    /** The size stty printed on entering raw mode, for the first size asked; null once used. */
    private TerminalSize sizeAtStart;

    /** Always UTF-8: under LANG=C Java would pick ASCII, and question text is not. */
    RawModeTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            super.canonicalMode(true);
            return;
        }
        // The same run prints the size: Lanterna would otherwise learn it by moving the cursor far away
        // and asking the terminal where it went, a round trip before the first screen.
        sizeAtStart = parseSize(runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef", "size"));
        raw = true;
    }

    /** Kept here, not in Lanterna's private field, so that they can come from {@link SttySettings}. */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String ahead = SttySettings.take();
        saved = ahead != null ? ahead : runSTTYCommand("-g").trim();
    }

    /** "rows columns" as stty prints it; null when it is not that, or is zero (some consoles say 0 0). */
    static TerminalSize parseSize(String stty) {
        String s = stty == null ? "" : stty.strip();
        int space = s.indexOf(' ');
        if (space < 0) {
            return null;
        }
        try {
            int rows = Integer.parseInt(s.substring(0, space));
            int columns = Integer.parseInt(s.substring(space + 1));
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The size as the kernel has it, from {@code stty size}: at the start the one raw mode's run
     * printed, after a resize a run of its own. Lanterna would ask the terminal where a cursor moved
     * far away stopped, and read the answer among the keys; in a storm of resizes, one handler per
     * signal, an answer could reach the wrong handler, and the screen stayed at a size long gone
     * (signals.sh's storm, about one run in four). Lanterna's way is kept for when stty says nothing.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = sizeAtStart;
        sizeAtStart = null;
        if (known == null) {
            known = parseSize(runSTTYCommand("size"));
        }
        return known != null ? known : super.findTerminalSize();
    }

    /** Already off when raw mode was entered above; turning it back on goes to Lanterna. */
    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled || !raw) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled || !raw) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }

    /** ASCII as UTF-8, one array per character, shared by every write. */
    private static final byte[][] ASCII = asciiBytes();

    private static byte[][] asciiBytes() {
        byte[][] table = new byte[128][];
        for (int c = 0; c < table.length; c++) {
            table[c] = new byte[] {(byte) c};
        }
        return table;
    }

    /**
     * Lanterna encodes each character of a frame on its own, through a new buffer and the
     * charset's encoder: most of a cold start's first paint. The screen is written in UTF-8, in
     * which ASCII is itself, so ASCII is looked up; the rest goes to Lanterna.
     */
    @Override
    protected byte[] translateCharacter(char c) {
        return c < ASCII.length ? ASCII[c] : super.translateCharacter(c);
    }

    /**
     * The output is buffered (see {@link SystemTerminal#open()}) and Lanterna flushes after a frame
     * and on entering and leaving full screen, but not after asking for the cursor position (how
     * it learns the size), then waits for the answer: that question goes out at once.
     */
    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        int n = bytes.length;
        if (n >= 2 && bytes[n - 2] == '6' && bytes[n - 1] == 'n') {
            flush();
        }
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null) {
            runSTTYCommand(saved);
        }
        raw = false;
    }
}
