package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Kind;

/**
 * The question file format, version 1, as data. The reader checks keys against it and the JSON
 * Schema is generated from it, so the two cannot drift apart.
 */
public final class FormatSpec {
    public static final int VERSION = 1;

    static final List<Field> SET = List.of(
            Field.required("format", FieldType.INTEGER, "Format version; always 1."),
            Field.required("id", FieldType.STRING, "Set id, unique in the bank (lowercase, digits and dashes)."),
            Field.required("title", FieldType.STRING, "Title shown on the home screen."),
            Field.optional("description", FieldType.TEXT, "One or two sentences on what the set covers."),
            Field.optional("tags", FieldType.STRING_LIST, "Tags of the whole set."),
            Field.optional("origin", FieldType.WORD, "imported: the questions came from another tool (a Moodle export), "
                    + "so their source, passage and explain are optional."),
            Field.required("questions", FieldType.QUESTION_LIST, "The questions."));

    static final List<Field> COMMON = List.of(
            Field.required("id", FieldType.STRING, "Question id, unique across the whole bank."),
            Field.required("kind", FieldType.STRING, "choice | multi | truefalse | number | date | text | order | match | open"),
            Field.required("prompt", FieldType.TEXT, "The question as the student reads it."),
            Field.requiredUnlessImported("source", FieldType.STRING, "Id of the source in sources.yaml."),
            Field.requiredUnlessImported("passage", FieldType.TEXT, "Verbatim excerpt of the source (one to three sentences) that supports the answer."),
            Field.requiredUnlessImported("explain", FieldType.TEXT, "Explanation shown after the answer, in the author's own words."),
            Field.optional("highlight", FieldType.STRING_LIST, "Words of the passage to highlight; by default the answer where it occurs."),
            Field.optional("tags", FieldType.STRING_LIST, "Theme and kind-of-fact tags."),
            Field.optional("difficulty", FieldType.INTEGER, "1 (easy) to 3 (hard)."),
            Field.optional("points", FieldType.INTEGER, "Points for a right answer; default 1."),
            Field.optional("event", FieldType.STRING, "The dated fact the question is about, in one line of your own words, for the timeline; "
                    + "it may start with an ISO date or date range and \": \" to date it: \"2021-09-10/2021-09-16: what happened\"."),
            Field.optional("status", FieldType.WORD, "draft: not ready; quizzes leave it out unless --include-drafts, validate warns."));

    /** The words a {@link FieldType#WORD} key accepts. */
    static final Map<String, List<String>> WORDS = Map.of("origin", List.of("imported"), "status", List.of("draft"));

    static final List<Field> BAND = List.of(
            Field.optional("answer", FieldType.NUMBER, "A figure this alternative accepts; give this or range."),
            Field.optional("tolerance", FieldType.NUMBER, "Accepted distance from answer; default 0."),
            Field.optional("range", FieldType.NUMBER_RANGE, "[low, high]: any answer in it earns the weight."),
            Field.required("weight", FieldType.NUMBER, "The share of the points it earns, 0 to 1."),
            Field.optional("feedback", FieldType.TEXT, "Shown when the answer falls here."));

    static final List<Field> TRUEFALSE_FEEDBACK = List.of(
            Field.optional("true", FieldType.TEXT, "Shown when the student answers true."),
            Field.optional("false", FieldType.TEXT, "Shown when the student answers false."));

    static final Map<Kind, List<Field>> KINDS = kinds();
    /** Built once: every question of a bank is checked against its kind's list. */
    private static final Map<Kind, List<Field>> QUESTION_FIELDS = questionFields();

    static final List<Field> SOURCES_FILE = List.of(
            Field.required("format", FieldType.INTEGER, "Format version; always 1."),
            Field.required("sources", FieldType.SOURCE_LIST, "The articles the bank quotes."));

    static final List<Field> SOURCE = List.of(
            Field.required("id", FieldType.STRING, "Source id that questions refer to."),
            Field.required("title", FieldType.STRING, "Title as the article gives it."),
            Field.required("authors", FieldType.STRING_LIST, "Authors as the article names them; empty when it names none."),
            Field.optional("published", FieldType.ISO_DATE, "Publication date as the article states it."),
            Field.optional("published_estimate", FieldType.ESTIMATE, "When the article states no date: an estimate and its reason."),
            Field.optional("outlet", FieldType.STRING, "The outlet, where the article names one."),
            Field.optional("note", FieldType.TEXT, "Anything a reader of the citation should know."),
            Field.required("file", FieldType.STRING, "File name of the article's text, for `validate --sources DIR`."));

    static final List<Field> ESTIMATE = List.of(
            Field.required("date", FieldType.ISO_DATE, "Estimated date (year, month or day)."),
            Field.required("reason", FieldType.TEXT, "Why: what in the article dates it."));

    static final List<Field> PAIR = List.of(
            Field.required("left", FieldType.STRING, "Left item (for example the speaker)."),
            Field.required("right", FieldType.STRING, "Right item that matches it (for example the quote)."));

    private FormatSpec() {}

    private static Map<Kind, List<Field>> kinds() {
        Map<Kind, List<Field>> m = new EnumMap<>(Kind.class);
        m.put(Kind.CHOICE, List.of(
                Field.required("choices", FieldType.STRING_LIST, "The options, 2 to 8."),
                Field.required("answer", FieldType.STRING, "The right option, written exactly as in choices."),
                Field.optional("weights", FieldType.WEIGHT_LIST, "One share of the points per choice, -1 to 1; "
                        + "the answer's is 1. Default: 1 for the answer, 0 for the rest."),
                Field.optional("feedback", FieldType.FEEDBACK_LIST, "One text per choice, shown when it is picked (\"\" for none).")));
        m.put(Kind.MULTI, List.of(
                Field.required("choices", FieldType.STRING_LIST, "The options, 2 to 8."),
                Field.required("answers", FieldType.STRING_LIST, "Every right option, written exactly as in choices."),
                Field.optional("weights", FieldType.WEIGHT_LIST, "One share of the points per choice, -1 to 1: the answers' "
                        + "add up to 1, the others are 0 or negative. The score is the sum picked, kept within 0 to 1."),
                Field.optional("feedback", FieldType.FEEDBACK_LIST, "One text per choice, shown when it is picked (\"\" for none).")));
        m.put(Kind.TRUEFALSE, List.of(
                Field.required("answer", FieldType.BOOLEAN, "true or false."),
                Field.optional("feedback", FieldType.TRUEFALSE_FEEDBACK, "{true: ..., false: ...}: shown after that answer.")));
        m.put(Kind.NUMBER, List.of(
                Field.optional("answer", FieldType.NUMBER, "The figure; give this or range."),
                Field.optional("tolerance", FieldType.NUMBER, "Accepted distance from answer; default 0."),
                Field.optional("range", FieldType.NUMBER_RANGE, "[low, high]: any answer in it is right."),
                Field.optional("unit", FieldType.STRING, "Unit shown after the input, e.g. km or %."),
                Field.optional("alternatives", FieldType.BAND_LIST, "Further accepted figures or ranges with partial credit, "
                        + "tried in order after answer or range."),
                Field.optional("other_feedback", FieldType.TEXT, "Shown when the answer is in no accepted band.")));
        m.put(Kind.DATE, List.of(
                Field.required("answer", FieldType.ISO_DATE, "2021-09-09 (day), 2021-09 (month) or 2021 (year); the form sets the precision.")));
        m.put(Kind.TEXT, List.of(
                Field.required("answers", FieldType.STRING_LIST, "Accepted answers; the first of the highest weight is shown "
                        + "as the answer. * stands for any run of characters."),
                Field.optional("weights", FieldType.WEIGHT_LIST, "One share of the points per accepted answer, 0 to 1; "
                        + "at least one is 1. Default: all 1."),
                Field.optional("feedback", FieldType.FEEDBACK_LIST, "One text per accepted answer, shown when it matched (\"\" for none)."),
                Field.optional("other_feedback", FieldType.TEXT, "Shown when no accepted answer matched.")));
        m.put(Kind.ORDER, List.of(
                Field.required("items", FieldType.STRING_LIST, "The items in the right order, 2 to 8.")));
        m.put(Kind.MATCH, List.of(
                Field.required("pairs", FieldType.PAIR_LIST, "Each left item with the right item it matches, 2 to 8."),
                Field.optional("distractors", FieldType.STRING_LIST, "Extra right items that match nothing.")));
        m.put(Kind.OPEN, List.of(
                Field.optional("answer", FieldType.TEXT, "A model answer, shown after the student has written theirs.")));
        return m;
    }

    /** Every key a question of {@code kind} may have. */
    static List<Field> questionFields(Kind kind) {
        return QUESTION_FIELDS.get(kind);
    }

    private static Map<Kind, List<Field>> questionFields() {
        Map<Kind, List<Field>> m = new EnumMap<>(Kind.class);
        KINDS.forEach((kind, own) -> {
            List<Field> all = new ArrayList<>(COMMON);
            all.addAll(own);
            m.put(kind, List.copyOf(all));
        });
        return m;
    }

    /** Every key any question may have, for "did you mean" when the kind is unknown. */
    static List<String> allQuestionKeys() {
        List<String> names = new ArrayList<>();
        COMMON.forEach(f -> names.add(f.name()));
        KINDS.values().forEach(fs -> fs.forEach(f -> {
            if (!names.contains(f.name())) {
                names.add(f.name());
            }
        }));
        return names;
    }
}
