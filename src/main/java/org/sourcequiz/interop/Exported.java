package org.sourcequiz.interop;

import java.util.List;

/** A written export: the file's text, how many questions it holds and what was left out. */
public record Exported(String text, int exported, List<ExportProblem> problems) {
    public Exported {
        problems = List.copyOf(problems);
    }
}
