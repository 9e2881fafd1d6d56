package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal, which sets raw mode and restores the settings it found (with Ctrl-C
 * trapped, so that it arrives as a key), changed only where Lanterna cannot do what is needed:
 *
 * <ul>
 *   <li>the size is read from the kernel ({@code stty size}), not asked of the terminal, which a
 *       storm of resizes gets wrong ({@link #findTerminalSize});
 *   <li>ASCII is written without Lanterna's per-character encoder ({@link #translateCharacter});
 *   <li>the buffered output goes out when Lanterna asks the terminal a question ({@link #writeToTerminal}).
 * </ul>
 */
final class SttySizedTerminal extends UnixTerminal {
    /** Always UTF-8: under LANG=C Java would pick ASCII, and question text is not. */
    SttySizedTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
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
     * The size as the kernel has it, from {@code stty size}. Lanterna would move the cursor far
     * away, ask the terminal where it stopped and read the answer among the keys; in a storm of
     * resizes, one handler per signal, an answer can reach the wrong handler, and the screen stays
     * at a size long gone (the resize storm of src/test/sh/signals.sh, run by SignalsIT, fails
     * without this). Lanterna's way is kept for when stty says nothing.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize known = parseSize(runSTTYCommand("size"));
        return known != null ? known : super.findTerminalSize();
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
     * it learns the size when stty cannot tell), then waits for the answer: that question goes out at once.
     */
    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        int n = bytes.length;
        if (n >= 2 && bytes[n - 2] == '6' && bytes[n - 1] == 'n') {
            flush();
        }
    }
}
