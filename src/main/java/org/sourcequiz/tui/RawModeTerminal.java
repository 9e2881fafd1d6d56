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

    @Override
    protected void restoreTerminalSettings() throws IOException {
        super.restoreTerminalSettings();
        raw = false;
    }
}
