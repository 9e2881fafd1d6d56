package org.sourcequiz.cli;

import java.io.PrintWriter;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.text.TerminalSafety;

/**
 * What `sourcequiz` prints when there is no terminal for Home: the sets and how to start a quiz.
 * Nobody can answer a quiz through a pipe or a script, so this lists rather than waits for input.
 */
final class PlainHome {
    private PlainHome() {}

    static void print(PrintWriter out, Bank bank) {
        out.println("sourcequiz: questions on five articles about Belarus and Russia, 2020–2022.");
        out.println("There is no terminal here for the home screen, so here are the question sets:");
        out.println();
        int width = bank.sets().stream().mapToInt(s -> s.id().length()).max().orElse(2);
        out.printf("  %-" + width + "s  %9s  %s%n", "ID", "QUESTIONS", "TITLE");
        for (QuestionSet s : bank.sets()) {
            out.printf("  %-" + width + "s  %9d  %s%n", TerminalSafety.sanitize(s.id()), s.questions().size(),
                    TerminalSafety.sanitize(s.title()));
        }
        out.printf("  %-" + width + "s  %9d%n", "(all sets)", bank.questions().size());
        out.println();
        out.println("Start a quiz:       sourcequiz quiz --set ID -n 10   (--plain answers line by line)");
        out.println("Tags and kinds:     sourcequiz list");
        out.println("Every command:      sourcequiz --help");
    }
}
