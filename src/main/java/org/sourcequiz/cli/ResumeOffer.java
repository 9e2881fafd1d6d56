package org.sourcequiz.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Locale;
import org.sourcequiz.app.Resumption;
import org.sourcequiz.study.UnfinishedSession;

/** The words that offer a killed quiz back: a question on a terminal, a one-line notice otherwise. */
final class ResumeOffer {
    private ResumeOffer() {}

    /** Asks whether to resume; Enter or y/yes resumes, anything else (or end of input) does not. */
    static boolean ask(BufferedReader in, PrintWriter out, UnfinishedSession u, ZoneId zone) {
        out.print("Resume " + Resumption.describe(u, zone) + "? [Y/n] ");
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            out.println();
            return false;
        }
        String a = line.strip().toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.equals("y") || a.equals("yes");
    }

    /** For scripted input, which must not be eaten by a question it did not expect. */
    static String notice(UnfinishedSession u, ZoneId zone) {
        return "sourcequiz: " + Resumption.describe(u, zone) + " was left unfinished; `sourcequiz quiz --resume` resumes it";
    }
}
