package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT as Moodle's qformat_gift does: questions are blocks of lines between blank lines,
 * comment lines ({@code //}) are dropped but their {@code [id:]} and {@code [tag:]} kept, the type
 * is decided from the answer block exactly in Moodle's order, and Moodle's leniencies are kept (an
 * unescaped {@code =} in a question text, text after the block making a missing-word question).
 */
public final class GiftReader {
    static final String BRACE_ERROR = "Could not find {...} around answers";
    static final String MIN_ANSWERS = "There is an error in the question. There are not enough answers for this question type";
    static final String MATCHING_FORMAT = "Matching question answers are improperly formatted";
    static final String NO_NUMERICAL = "No answers found for numerical question";
    static final String NOT_NUMBERS = "Error - answers must be numeric";

    private static final Pattern WEIGHT = Pattern.compile("^%(-*)([0-9]{1,2}\\.?[0-9]*)%");

    private final List<MoodleQuestion> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private String category = "";
    /** The block being read, so that an error can say in which column it is. */
    private List<String> blockLines = List.of();
    private int blockFirst;

    private GiftReader() {}

    public static Parsed read(String content) {
        GiftReader r = new GiftReader();
        List<String> lines = SourceText.lines(content);
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean blank = i == lines.size() || GiftText.trim(lines.get(i)).isEmpty();
            if (blank) {
                if (start >= 0) {
                    r.block(lines.subList(start, i), start + 1);
                }
                start = -1;
            } else if (start < 0) {
                start = i;
            }
        }
        return new Parsed(r.questions, r.problems);
    }

    private void block(List<String> lines, int firstLine) {
        blockLines = lines;
        blockFirst = firstLine;
        StringBuilder comment = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = GiftText.trim(lines.get(i));
            if (trimmed.startsWith("//")) {
                comment.append(trimmed).append('\n');
                text.append(' ');
            } else {
                if (line < 0) {
                    line = firstLine + i;
                }
                text.append(lines.get(i));
            }
            if (i + 1 < lines.size()) {
                text.append('\n');
            }
        }
        if (line < 0) {
            return; // only comments
        }
        String body = GiftText.hideEscapes(GiftText.trim(text.toString()));
        if (body.startsWith("$CATEGORY:")) {
            int eol = body.indexOf('\n');
            category = GiftText.trim(GiftText.restore(eol < 0 ? body.substring(10) : body.substring(10, eol)));
            if (eol < 0) {
                return;
            }
            // Moodle would take every following line as part of the category's name; a question
            // written right under its category is what the author meant.
            problems.add(ImportProblem.warning(line, 1, "category",
                    "no blank line after $CATEGORY: the following lines are read as a question",
                    "leave a blank line between the $CATEGORY: line and the first question"));
            body = GiftText.trim(body.substring(eol + 1));
            line++;
        }
        question(body, comment.toString(), line);
    }

    private void question(String text, String comment, int line) {
        String name = "";
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end >= 0) {
                name = GiftText.trim(GiftText.restore(text.substring(2, end)));
                text = GiftText.trim(text.substring(end + 2));
            } else {
                text = text.substring(2);
            }
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        boolean description = open < 0 && close < 0;
        if (!description && (open < 0 || close < 0 || close < open)) {
            char misplaced = open >= 0 && close < 0 ? '{' : '}';
            int[] at = where(line, misplaced);
            String hint = open < 0 ? "start the answers with {, or write a } that is text as \\}"
                    : close < 0 ? "end the answers with }, or write a { that is text as \\{"
                    : "this } comes before the answers' {: write a } that is text as \\}";
            problems.add(ImportProblem.error(at[0], at[1], "", BRACE_ERROR, hint));
            return;
        }
        String answers = description ? "" : GiftText.trim(text.substring(open + 1, close));
        String questionText;
        if (description) {
            questionText = text;
        } else if (text.endsWith("}")) {
            questionText = text.substring(0, open) + text.substring(close + 1);
        } else {
            // Missing word: the blank stands where the block was.
            questionText = text.substring(0, open) + "_____" + text.substring(close + 1);
        }
        String generalFeedback = "";
        int gf = answers.lastIndexOf("####");
        if (gf >= 0) {
            generalFeedback = answers.substring(gf + 4);
            answers = GiftText.trim(answers.substring(0, gf));
        }
        Formatted qtext = GiftText.withFormat(questionText, TextFormat.MOODLE);
        TextFormat fmt = qtext.format();
        Draft d = new Draft(name, qtext, GiftText.withFormat(generalFeedback, fmt), comment, line);
        if (description) {
            add(d, "description", List.of(), List.of(), false);
        } else if (answers.isEmpty()) {
            add(d, "essay", List.of(), List.of(), false);
        } else if (answers.charAt(0) == '#') {
            numerical(d, answers.substring(1));
        } else if (answers.indexOf('~') >= 0) {
            multichoice(d, answers);
        } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            match(d, answers);
        } else {
            int hash = answers.indexOf('#');
            String check = hash > 0 ? GiftText.trim(answers.substring(0, hash)) : answers;
            if (check.equals("T") || check.equals("TRUE") || check.equals("F") || check.equals("FALSE")) {
                truefalse(d, answers);
            } else {
                shortanswer(d, answers);
            }
        }
    }

    /** What every type shares, read before the answers. */
    private record Draft(String name, Formatted text, Formatted generalFeedback, String comment, int line) {}

    private void add(Draft d, String qtype, List<MoodleAnswer> answers, List<Subquestion> subs, boolean single) {
        List<String> ids = bracketed(d.comment(), "[id:");
        String id = ids.isEmpty() ? "" : ids.get(0);
        List<String> tags = new ArrayList<>();
        for (String tag : bracketed(d.comment(), "[tag:")) {
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        questions.add(new MoodleQuestion(qtype, d.name(), d.text(), d.generalFeedback(), category, id, tags,
                answers, subs, single, Formatted.EMPTY, d.line()));
    }

    /**
     * The values of every {@code [key...]} in a comment, where {@code \]} and {@code \\} are escapes
     * (Moodle's {@code \[id:((?:\\\\.|[^\]\\\\])*)\]}). Scanned by hand, not with that regex: Java
     * matches its alternation by recursion, and a long enough comment overflowed the stack.
     * An opening without its {@code ]} is no value, as for Moodle.
     */
    static List<String> bracketed(String comment, String key) {
        List<String> values = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = comment.indexOf(key, from);
            if (start < 0) {
                return values;
            }
            StringBuilder value = new StringBuilder();
            int i = start + key.length();
            boolean closed = false;
            while (i < comment.length()) {
                char c = comment.charAt(i);
                if (c == ']') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    // Moodle's "." (PCRE) takes any character but \n: a backslash before one ends the match.
                    if (i + 1 == comment.length() || comment.charAt(i + 1) == '\n') {
                        break;
                    }
                    char next = comment.charAt(i + 1);
                    // Only \] and \\ are unescaped; any other escaped character stays as written.
                    if (next != ']' && next != '\\') {
                        value.append(c);
                    }
                    value.append(next);
                    i += 2;
                } else {
                    value.append(c);
                    i++;
                }
            }
            if (!closed) {
                // Every later opening before the place this one failed fails there too (the key holds
                // no backslash, so escapes pair up alike): look again after it, keeping this linear.
                if (i >= comment.length()) {
                    return values;
                }
                from = i + 1;
                continue;
            }
            values.add(GiftText.trim(value.toString()));
            from = i + 1;
        }
    }

    /** An error in the answers of {@code d}: it is placed at the block's opening brace. */
    private void error(Draft d, String qtype, String message, String hint) {
        int[] at = where(d.line(), '{');
        problems.add(ImportProblem.error(at[0], at[1], qtype, message, hint));
    }

    /**
     * Line and column of the first unescaped {@code target} of the question starting on
     * {@code questionLine}, outside its {@code ::title::} and comment lines (as the reader sees
     * it); the question's first line when there is none.
     */
    private int[] where(int questionLine, char target) {
        int[] at = scan(questionLine, target, true);
        if (at == null) {
            at = scan(questionLine, target, false); // a title never closed is no title (Moodle keeps it)
        }
        return at != null ? at : new int[] {questionLine, 1};
    }

    private int[] scan(int questionLine, char target, boolean titles) {
        boolean started = false;
        boolean inTitle = false;
        for (int li = Math.max(0, questionLine - blockFirst); li < blockLines.size(); li++) {
            String s = blockLines.get(li);
            if (GiftText.trim(s).startsWith("//")) {
                continue;
            }
            for (int ci = 0; ci < s.length(); ci++) {
                char c = s.charAt(ci);
                if (!started) {
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    started = true;
                    if (titles && s.startsWith("::", ci)) {
                        inTitle = true;
                        ci++;
                        continue;
                    }
                }
                if (c == '\\') {
                    ci++; // an escaped character, or a lone backslash before a plain one: neither is the target
                } else if (inTitle) {
                    if (s.startsWith("::", ci)) {
                        inTitle = false;
                        ci++;
                    }
                } else if (c == target) {
                    return new int[] {blockFirst + li, ci + 1};
                }
            }
        }
        return null;
    }

    /** Leading entries that are blank before the first separator are not answers (Moodle's array_shift). */
    private static List<String> split(String answers, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= answers.length(); i++) {
            if (i == answers.length() || answers.charAt(i) == separator) {
                parts.add(answers.substring(start, i));
                start = i + 1;
            }
        }
        if (!parts.isEmpty() && GiftText.trim(parts.get(0)).isEmpty()) {
            parts.remove(0);
        }
        return parts;
    }

    private void multichoice(Draft d, String answers) {
        boolean single = answers.indexOf('=') >= 0;
        List<String> parts = split(answers.replace("=", "~="), '~');
        if (parts.size() < 2) {
            error(d, "multichoice", MIN_ANSWERS, "give at least two answers: =right ~wrong");
            return;
        }
        List<MoodleAnswer> list = new ArrayList<>();
        for (String part : parts) {
            String a = GiftText.trim(part);
            double weight = 0;
            if (a.startsWith("=")) {
                weight = 1;
                a = a.substring(1);
            } else {
                Matcher m = WEIGHT.matcher(a);
                if (m.find()) {
                    weight = weight(m);
                    a = a.substring(m.end());
                }
            }
            list.add(withFeedback(a, weight, d.text().format()));
        }
        add(d, "multichoice", list, List.of(), single);
    }

    private static double weight(Matcher m) {
        double w = new java.math.BigDecimal(m.group(2)).movePointLeft(2).doubleValue();
        return m.group(1).isEmpty() ? w : -w;
    }

    private static MoodleAnswer withFeedback(String answer, double weight, TextFormat fmt) {
        int hash = answer.indexOf('#');
        Formatted text = GiftText.withFormat(GiftText.trim(hash < 0 ? answer : answer.substring(0, hash)), fmt);
        Formatted feedback = hash < 0 ? new Formatted("", fmt) : GiftText.withFormat(GiftText.trim(answer.substring(hash + 1)), fmt);
        return new MoodleAnswer(text, weight, feedback);
    }

    private void match(Draft d, String answers) {
        List<String> parts = split(answers, '=');
        if (parts.size() < 2) {
            error(d, "match", MIN_ANSWERS, "give at least two pairs: =question -> answer =question -> answer");
            return;
        }
        List<Subquestion> subs = new ArrayList<>();
        for (String part : parts) {
            String a = GiftText.trim(part);
            int arrow = a.indexOf("->");
            if (arrow < 0) {
                error(d, "match", MATCHING_FORMAT, "write every pair as =question -> answer (found `"
                        + TextSafety.shown(GiftText.restore(a)) + "`)");
                return;
            }
            subs.add(new Subquestion(GiftText.withFormat(GiftText.trim(a.substring(0, arrow)), d.text().format()),
                    GiftText.trim(GiftText.restore(a.substring(arrow + 2)))));
        }
        add(d, "match", List.of(), subs, false);
    }

    private void truefalse(Draft d, String answers) {
        String[] bits = answers.split("#", 3);
        TextFormat fmt = d.text().format();
        String answer = GiftText.trim(GiftText.restore(bits[0]));
        Formatted wrong = bits.length > 1 ? GiftText.withFormat(GiftText.trim(bits[1]), fmt) : new Formatted("", fmt);
        Formatted right = bits.length > 2 ? GiftText.withFormat(GiftText.trim(bits[2]), fmt) : new Formatted("", fmt);
        boolean isTrue = answer.equals("T") || answer.equals("TRUE");
        MoodleAnswer t = new MoodleAnswer(new Formatted("true", TextFormat.PLAIN), isTrue ? 1 : 0, isTrue ? right : wrong);
        MoodleAnswer f = new MoodleAnswer(new Formatted("false", TextFormat.PLAIN), isTrue ? 0 : 1, isTrue ? wrong : right);
        add(d, "truefalse", List.of(t, f), List.of(), true);
    }

    private void shortanswer(Draft d, String answers) {
        List<String> parts = split(answers, '=');
        if (parts.isEmpty()) {
            error(d, "shortanswer", MIN_ANSWERS, "give at least one accepted answer: {=answer}");
            return;
        }
        List<MoodleAnswer> list = new ArrayList<>();
        for (String part : parts) {
            String a = GiftText.trim(part);
            double weight = 1;
            Matcher m = WEIGHT.matcher(a);
            if (m.find()) {
                weight = weight(m);
                a = a.substring(m.end());
            }
            list.add(withFeedback(a, weight, d.text().format()));
        }
        add(d, "shortanswer", list, List.of(), false);
    }

    private void numerical(Draft d, String answers) {
        String wrongFeedback = "";
        int tilde = answers.indexOf('~');
        if (tilde >= 0) {
            wrongFeedback = answers.substring(tilde);
            answers = answers.substring(0, tilde);
        }
        List<String> parts = split(answers, '=');
        if (parts.isEmpty()) {
            error(d, "numerical", NO_NUMERICAL, "write the number after the #: {#3}, {#3:0.5} or {#1..5}");
            return;
        }
        List<MoodleAnswer> list = new ArrayList<>();
        TextFormat fmt = d.text().format();
        for (String part : parts) {
            String a = GiftText.trim(part);
            double weight = 1;
            Matcher m = WEIGHT.matcher(a);
            if (m.find()) {
                weight = weight(m);
                a = a.substring(m.end());
            }
            MoodleAnswer parsed = withFeedback(a, weight, fmt);
            MoodleAnswer number = NumericalText.parse(parsed);
            if (number == null) {
                error(d, "numerical", NOT_NUMBERS + ": \"" + parsed.text().text() + "\"",
                        "write a number, number:tolerance or min..max, as in {#3:0.5} or {#1..5}; a # that is text is \\#");
                return;
            }
            list.add(number);
        }
        if (!wrongFeedback.isEmpty()) {
            MoodleAnswer other = withFeedback(wrongFeedback, 0, fmt);
            list.add(new MoodleAnswer(new Formatted("*", TextFormat.PLAIN), 0, other.feedback(), null));
        }
        add(d, "numerical", list, List.of(), false);
    }
}
