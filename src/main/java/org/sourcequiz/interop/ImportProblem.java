package org.sourcequiz.interop;

import java.util.Comparator;

/**
 * One line of an import report: where in the file, what is wrong, what to do.
 *
 * @param line     1-based line in the imported file
 * @param column   1-based column on that line: where the reader saw the problem (for Moodle XML the
 *                 parser's location, just after the tag concerned); 1 when only the question is known
 * @param severity {@code error}: a block that cannot be read at all; {@code skipped}: a question
 *                 read but not imported, with the reason; {@code warning}: imported, with a loss
 * @param type     the Moodle type of the question, "" when the block could not be typed
 * @param hint     what to do about it, "" when there is nothing to do (a warning that only tells)
 */
public record ImportProblem(int line, int column, String severity, String type, String message, String hint) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String SKIPPED = "skipped";

    static final Comparator<ImportProblem> BY_LINE = Comparator.comparingInt(ImportProblem::line)
            .thenComparingInt(ImportProblem::column);

    public ImportProblem {
        column = Math.max(1, column);
        hint = hint == null ? "" : hint;
    }

    public static ImportProblem error(int line, int column, String type, String message, String hint) {
        return new ImportProblem(line, column, ERROR, type, message, hint);
    }

    public static ImportProblem warning(int line, int column, String type, String message, String hint) {
        return new ImportProblem(line, column, WARNING, type, message, hint);
    }

    public static ImportProblem warning(int line, String type, String message) {
        return new ImportProblem(line, 1, WARNING, type, message, "");
    }

    /** A question skipped by design (its type has no kind): nothing in the file to fix, so no hint. */
    public static ImportProblem skipped(int line, String type, String message) {
        return new ImportProblem(line, 1, SKIPPED, type, message, "");
    }

    /**
     * {@code file:line:column: severity type: message (hint)}, the form of the bank's validation
     * problems; the message and hint quote the imported file, so the caller makes the line safe.
     */
    public String format(String file) {
        StringBuilder b = new StringBuilder();
        b.append(file).append(':').append(line).append(':').append(column).append(": ").append(severity);
        if (!type.isEmpty()) {
            b.append(' ').append(type);
        }
        b.append(": ").append(message);
        if (!hint.isEmpty()) {
            b.append(" (").append(hint).append(')');
        }
        return b.toString();
    }
}
