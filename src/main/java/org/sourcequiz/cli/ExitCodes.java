package org.sourcequiz.cli;

/**
 * The exit codes of DESIGN.md, and those of interruption, which follow the shell's convention:
 * 128 + the signal's number, so Ctrl-C is 130 like SIGINT whether it came as a key to the text UI
 * or as a signal, SIGTERM 143 and SIGHUP (the terminal closed) 129.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    public static final int INTERRUPTED = signal(2);

    private ExitCodes() {}

    static int signal(int number) {
        return 128 + number;
    }
}
