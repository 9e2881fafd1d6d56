package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's Unix terminal, which sets raw mode, learns the size and restores the settings it
 * found, here with Ctrl-C trapped (it arrives as a key) and always UTF-8 (under LANG=C Java would
 * pick ASCII, and question text is not). Changed only for what comes of writing it through a
 * buffer (see {@link SystemTerminal#open()}): a question asked of the terminal goes out at once;
 * and for resizes: the size is the kernel's, from {@code stty size}.
 */
final class BufferedUnixTerminal extends UnixTerminal {
    // Set while super() runs (Lanterna registers its resize handler then), so no initialisers.
    private volatile long resizes;
    private TerminalSize known;
    private long knownAt;

    BufferedUnixTerminal(InputStream in, OutputStream out) throws IOException {
        super(in, out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    }

    /**
     * Lanterna flushes after a frame and on entering and leaving full screen, but not after
     * asking where the cursor is (its way to learn the size, used here when stty says nothing),
     * and then waits for the answer: left in the buffer, the question would never be answered and
     * no screen drawn. So that question goes out at once.
     */
    @Override
    protected void writeToTerminal(byte... bytes) throws IOException {
        super.writeToTerminal(bytes);
        int n = bytes.length;
        if (n >= 2 && bytes[n - 2] == '6' && bytes[n - 1] == 'n') {
            flush();
        }
    }

    /**
     * The size as the kernel has it. Lanterna asks the terminal where a cursor moved far away
     * stopped and reads the answer among the keys; in a storm of resizes (a handler per signal) an
     * answer can reach the wrong handler, and the screen stays at a size long gone: signals.sh's
     * storm, at full speed on an idle machine, fails every run without this. Lanterna's way is kept
     * for when stty says nothing. Lanterna asks twice before the first frame: the size is read
     * again (an stty process) only when a resize came since it was read.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        long seen = resizes;
        if (known != null && knownAt == seen) {
            return known;
        }
        TerminalSize size = parseSize(runSTTYCommand("size"));
        if (size == null) {
            return super.findTerminalSize();
        }
        known = size;
        knownAt = seen;
        return size;
    }

    /** Counts the resizes, before Lanterna's handler asks for the new size. */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
        super.registerTerminalResizeListener(() -> {
            resizes++;
            onResize.run();
        });
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
}
