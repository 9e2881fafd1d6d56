package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.text.TerminalSafety;

/**
 * What `sourcequiz` prints when there is no terminal for Home: the sets and how to start a quiz.
 * Nobody can answer a quiz through a pipe or a script, so this lists rather than waits for input.
 */
public final class HomeText {
    private HomeText() {}

    public static List<String> lines(Bank bank) {
        List<String> out = new ArrayList<>();
        out.add("sourcequiz: questions on five articles about Belarus and Russia, 2020–2022.");
        out.add("There is no terminal here for the home screen, so here are the question sets:");
        out.add("");
        int width = bank.sets().stream().mapToInt(s -> s.id().length()).max().orElse(2);
        out.add(String.format("  %-" + width + "s  %9s  %s", "ID", "QUESTIONS", "TITLE"));
        for (QuestionSet s : bank.sets()) {
            out.add(String.format("  %-" + width + "s  %9d  %s", TerminalSafety.sanitize(s.id()), s.questions().size(),
                    TerminalSafety.sanitize(s.title())));
        }
        out.add(String.format("  %-" + width + "s  %9d", "(all sets)", bank.questions().size()));
        out.add("");
        out.add("Start a quiz:       sourcequiz quiz --set ID -n 10   (--plain answers line by line)");
        out.add("Tags and kinds:     sourcequiz list");
        out.add("Every command:      sourcequiz --help");
        return out;
    }
}
