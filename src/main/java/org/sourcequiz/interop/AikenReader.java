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
        final int column;
        final List<MoodleAnswer> choices = new ArrayList<>();

        Open(String text, int line, int column) {
            this.text = text;
            this.line = line;
            this.column = column;
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
            int column = lines.get(i).indexOf(line.charAt(0)) + 1;
            if (CHOICE.matcher(line).matches()) {
                if (q == null) {
                    problems.add(ImportProblem.error(lineNo, column, "multichoice", NOT_STARTED,
                            "write the question's text on the line before its first choice"));
                    continue;
                }
                q.choices.add(new MoodleAnswer(new Formatted(GiftText.trim(line.substring(2)), TextFormat.PLAIN), 0, Formatted.EMPTY));
            } else if (ANSWER.matcher(line).matches()) {
                if (q == null) {
                    problems.add(ImportProblem.error(lineNo, column, "multichoice", NOT_STARTED,
                            "an ANSWER: line ends a question: write the question and its choices before it"));
                    continue;
                }
                String ans = GiftText.trim(line.substring(line.indexOf(':') + 1));
                int right = ans.isEmpty() ? -1 : ans.charAt(0) - 'A';
                if (q.choices.size() < 2) {
                    problems.add(ImportProblem.error(lineNo, column, "multichoice", TOO_FEW,
                            "write at least two choices, one a line, as A) text or A. text"));
                } else if (right < 0 || right >= q.choices.size()) {
                    String raw = lines.get(i);
                    int letter = raw.indexOf(':') + 1; // where the letter is, or should be
                    while (letter < raw.length() && Character.isWhitespace(raw.charAt(letter))) {
                        letter++;
                    }
                    problems.add(ImportProblem.error(lineNo, letter + 1, "multichoice", NO_SUCH_ANSWER,
                            "write the letter of the right choice, A to " + (char) ('A' + q.choices.size() - 1)
                                    + ", as ANSWER: B"));
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
                    problems.add(ImportProblem.error(q.line, q.column, "multichoice", NOT_COMPLETED + " (line " + lineNo + ")",
                            "end the question with an ANSWER: line; a choice is labelled A) or A. and a space"));
                }
                q = new Open(line, lineNo, column);
            }
        }
        if (q != null) {
            problems.add(ImportProblem.error(q.line, q.column, "multichoice", UNFINISHED,
                    "end the question with an ANSWER: line naming the right choice's letter"));
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
