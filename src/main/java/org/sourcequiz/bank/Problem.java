package org.sourcequiz.bank;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        questionId = questionId == null ? "" : shortened(TerminalSafety.oneLine(questionId));
        message = shortened(TerminalSafety.oneLine(message));
        hint = hint == null ? "" : shortened(TerminalSafety.oneLine(hint));
    }

    private static final int MAX_QUOTED = 80;
    private static final Pattern LONG_QUOTE = Pattern.compile("`([^`]{" + (MAX_QUOTED + 1) + ",})`");

    /** Long values quoted between backticks cut to their start: enough to find them, and the line stays readable. */
    private static String shortened(String s) {
        if (s.length() <= MAX_QUOTED) {
            return s;
        }
        return LONG_QUOTE.matcher(s).replaceAll(m -> {
            String q = m.group(1);
            String cut = q.codePointCount(0, q.length()) <= MAX_QUOTED ? q : q.substring(0, q.offsetByCodePoints(0, MAX_QUOTED - 1)) + "…";
            return Matcher.quoteReplacement("`" + cut + "`");
        });
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
