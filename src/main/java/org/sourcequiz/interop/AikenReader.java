package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Aiken as Moodle's qformat_aiken does: a line without a label starts a question, {@code A)}
 * or {@code A.} lines are its choices, {@code ANSWER: X} ends it; lines shorter than two
 * characters are ignored. The errors are Moodle's, with their line numbers.
 */
public final class AikenReader {
    static final String NOT_STARTED = "Question not started";
    static final String TOO_FEW = "Question must have at least 2 answers";
    static final String NOT_COMPLETED = "Question not completed before next question start";
    static final String NO_SUCH_ANSWER = "Question must have a correct answer: ANSWER names no choice";
    static final String UNFINISHED = "Question not completed: no ANSWER: line before the end of the file";

    private static final Pattern CHOICE = Pattern.compile("^[A-Z][).][ \\t].*");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:.*");

    private AikenReader() {}

    private static final class Open {
        final String text;
        final int line;
        final List<MoodleAnswer> choices = new ArrayList<>();

        Open(String text, int line) {
            this.text = text;
            this.line = line;
        }
    }

    public static Parsed read(String content) {
        List<MoodleQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<String> lines = SourceText.lines(content);
        Open q = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = GiftText.trim(lines.get(i));
            if (line.length() < 2) {
                continue;
            }
            if (CHOICE.matcher(line).matches()) {
                if (q == null) {
                    problems.add(ImportProblem.error(lineNo, "multichoice", NOT_STARTED));
                    continue;
                }
                q.choices.add(new MoodleAnswer(new Formatted(GiftText.trim(line.substring(2)), TextFormat.PLAIN), 0, Formatted.EMPTY));
            } else if (ANSWER.matcher(line).matches()) {
                if (q == null) {
                    problems.add(ImportProblem.error(lineNo, "multichoice", NOT_STARTED));
                    continue;
                }
                String ans = GiftText.trim(line.substring(line.indexOf(':') + 1));
                int right = ans.isEmpty() ? -1 : ans.charAt(0) - 'A';
                if (q.choices.size() < 2) {
                    problems.add(ImportProblem.error(lineNo, "multichoice", TOO_FEW));
                } else if (right < 0 || right >= q.choices.size()) {
                    problems.add(ImportProblem.error(lineNo, "multichoice", NO_SUCH_ANSWER));
                } else {
                    List<MoodleAnswer> answers = new ArrayList<>(q.choices);
                    MoodleAnswer a = answers.get(right);
                    answers.set(right, new MoodleAnswer(a.text(), 1, a.feedback()));
                    questions.add(new MoodleQuestion("multichoice", "", new Formatted(q.text, TextFormat.PLAIN),
                            Formatted.EMPTY, "", "", List.of(), answers, List.of(), true, Formatted.EMPTY, q.line));
                }
                q = null;
            } else {
                if (q != null) {
                    problems.add(ImportProblem.error(q.line, "multichoice", NOT_COMPLETED + " (line " + lineNo + ")"));
                }
                q = new Open(line, lineNo);
            }
        }
        if (q != null) {
            problems.add(ImportProblem.error(q.line, "multichoice", UNFINISHED));
        }
        return new Parsed(questions, problems);
    }

    /** Some line is a labelled choice and some line an ANSWER: line. */
    static boolean looksLikeAiken(String content) {
        boolean choice = false;
        boolean answer = false;
        for (String line : SourceText.lines(content)) {
            String t = GiftText.trim(line);
            choice |= CHOICE.matcher(t).matches();
            answer |= t.startsWith("ANSWER:");
            if (choice && answer) {
                return true;
            }
        }
        return false;
    }
}
