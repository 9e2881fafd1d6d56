package org.sourcequiz.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** A question answered on one line before a quiz starts (resume the quiz that was killed?). */
public final class PlainPrompt {
    private PlainPrompt() {}

    /** The line typed, or null at end of input; then the prompt's line is ended, so what follows starts on its own. */
    public static String ask(BufferedReader in, PrintWriter out, String question) {
        out.print(question);
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                out.println();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
