package org.sourcequiz.interop;

import java.util.Comparator;

/**
 * One line of an import report.
 *
 * @param severity {@code error}: a block that cannot be read at all; {@code skipped}: a question
 *                 read but not imported, with the reason; {@code warning}: imported, with a loss
 * @param type     the Moodle type of the question, "" when the block could not be typed
 */
public record ImportProblem(int line, String severity, String type, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String SKIPPED = "skipped";

    static final Comparator<ImportProblem> BY_LINE = Comparator.comparingInt(ImportProblem::line);

    public static ImportProblem error(int line, String type, String message) {
        return new ImportProblem(line, ERROR, type, message);
    }

    public static ImportProblem warning(int line, String type, String message) {
        return new ImportProblem(line, WARNING, type, message);
    }

    public static ImportProblem skipped(int line, String type, String message) {
        return new ImportProblem(line, SKIPPED, type, message);
    }
}
