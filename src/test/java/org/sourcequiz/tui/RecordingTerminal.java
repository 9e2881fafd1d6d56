package org.sourcequiz.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

/** A virtual terminal that also keeps every character written to it, so a test can see what a real terminal would have received. */
final class RecordingTerminal extends DefaultVirtualTerminal {
    private final StringBuilder written = new StringBuilder();

    RecordingTerminal(TerminalSize size) {
        super(size);
    }

    @Override
    public synchronized void putCharacter(char c) {
        written.append(c);
        super.putCharacter(c);
    }

    @Override
    public synchronized void putString(String s) {
        written.append(s);
        super.putString(s);
    }

    synchronized String written() {
        return written.toString();
    }
}
