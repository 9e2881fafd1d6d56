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
    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\.|[^\\]\\\\])*)\\]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\.|[^\\]\\\\])*)\\]");

    private final List<MoodleQuestion> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private String category = "";

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
            problems.add(ImportProblem.warning(line, "category",
                    "no blank line after $CATEGORY: the following lines are read as a question"));
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
            problems.add(ImportProblem.error(line, "", BRACE_ERROR));
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
        String id = "";
        Matcher m = ID.matcher(d.comment());
        if (m.find()) {
            id = unescapeBracket(m.group(1));
        }
        List<String> tags = new ArrayList<>();
        Matcher t = TAG.matcher(d.comment());
        while (t.find()) {
            String tag = unescapeBracket(t.group(1));
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        questions.add(new MoodleQuestion(qtype, d.name(), d.text(), d.generalFeedback(), category, id, tags,
                answers, subs, single, Formatted.EMPTY, d.line()));
    }

    private static String unescapeBracket(String s) {
        return GiftText.trim(s.replace("\\]", "]").replace("\\\\", "\\"));
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
            problems.add(ImportProblem.error(d.line(), "multichoice", MIN_ANSWERS));
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
            problems.add(ImportProblem.error(d.line(), "match", MIN_ANSWERS));
            return;
        }
        List<Subquestion> subs = new ArrayList<>();
        for (String part : parts) {
            String a = GiftText.trim(part);
            int arrow = a.indexOf("->");
            if (arrow < 0) {
                problems.add(ImportProblem.error(d.line(), "match", MATCHING_FORMAT));
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
            problems.add(ImportProblem.error(d.line(), "shortanswer", MIN_ANSWERS));
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
            problems.add(ImportProblem.error(d.line(), "numerical", NO_NUMERICAL));
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
                problems.add(ImportProblem.error(d.line(), "numerical", NOT_NUMBERS + ": \"" + parsed.text().text() + "\""));
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
