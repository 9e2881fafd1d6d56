package org.sourcequiz.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal with Ctrl-C trapped, put into raw mode by one {@code stty} run instead of
 * four: each run is a new process, milliseconds apiece before the first screen. The settings
 * are those Lanterna applies one by one (-icanon, min 1, -echo, intr undef); restoring still
 * goes through Lanterna, from the settings it saved first.
 */
final class RawModeTerminal extends UnixTerminal {
    private boolean raw;

    RawModeTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            super.canonicalMode(true);
            return;
        }
        runSTTYCommand("-icanon", "min", "1", "-echo", "intr", "undef");
        raw = true;
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
        super.restoreTerminalSettings();
        raw = false;
    }
}
