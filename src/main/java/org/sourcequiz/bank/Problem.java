package org.sourcequiz.bank;

import org.sourcequiz.text.TerminalSafety;

/**
 * One thing wrong with a question file, where it is and how to fix it.
 *
 * @param questionId the question it concerns, or empty for the file or set
 * @param hint what to do about it, or empty
 */
public record Problem(String file, int line, int column, Severity severity, String questionId,
                      String message, String hint) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /**
     * Messages quote the file (a key, a value, the parser's view of a bad character) and end up on
     * a terminal or in a one-line-per-problem report, so every part is made one safe line here.
     */
    public Problem {
        file = TerminalSafety.oneLine(file);
        questionId = questionId == null ? "" : TerminalSafety.oneLine(questionId);
        message = TerminalSafety.oneLine(message);
        hint = hint == null ? "" : TerminalSafety.oneLine(hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: error: [id] message (hint)}, the form editors and compilers use. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(':').append(line).append(':').append(column).append(": ")
                .append(severity.label()).append(": ");
        if (!questionId.isEmpty()) {
            b.append('[').append(questionId).append("] ");
        }
        b.append(message);
        if (!hint.isEmpty()) {
            b.append(" (").append(hint).append(')');
        }
        return b.toString();
    }
}
