package org.sourcequiz.bank;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.Kind;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Stem;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;
import org.sourcequiz.text.Typography;

/** Reads one question mapping into its record, reporting every problem it finds on the way. */
final class QuestionReader {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final int MAX_OPTIONS = 9;

    private final Problems problems;
    private final Problems unlessImported;
    private final AnswerExtras extras;
    /**
     * Source ids, tags and units come from a small vocabulary that every question repeats, and
     * questions on one article often quote the same passage; one copy of each keeps a large
     * bank's memory to its distinct text.
     */
    private final Map<String, String> vocabulary = new HashMap<>();

    QuestionReader(Problems problems) {
        this(problems, problems);
    }

    /** {@code unlessImported}: where the problems go that a set of {@code origin: imported} does not have. */
    QuestionReader(Problems problems, Problems unlessImported) {
        this.problems = problems;
        this.unlessImported = unlessImported;
        this.extras = new AnswerExtras(problems);
    }

    private String shared(String s) {
        String before = vocabulary.putIfAbsent(s, s);
        return before == null ? s : before;
    }

    private List<String> sharedAll(List<String> list) {
        return list.stream().map(this::shared).toList();
    }

    /** The question, or empty when it has errors (they have been reported). */
    Optional<Question> read(Node node, int index) {
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.at(), "", "question " + (index + 1) + " should be a mapping, not " + node.describe(),
                    "start each question with `- id: ...`");
            return Optional.empty();
        }
        // Counted from here, so an invalid id or kind also keeps the question out of the bank.
        int before = problems.list().size();
        String id = idOf(map, index);
        Optional<Kind> kind = kindOf(map, id);
        List<Field> spec = kind.map(FormatSpec::questionFields).orElse(FormatSpec.COMMON);
        Fields f = new Fields(map, kind.isPresent() ? spec : withAllKeys(), problems, unlessImported, id, "in question");
        Optional<Stem> stem = stem(f, id);
        Optional<Question> q = kind.flatMap(k -> stem.flatMap(s -> switch (k) {
            case CHOICE -> choice(f, s);
            case MULTI -> multi(f, s);
            case TRUEFALSE -> trueFalse(f, s);
            case NUMBER -> number(f, s);
            case DATE -> date(f, s);
            case TEXT -> text(f, s);
            case ORDER -> order(f, s);
            case MATCH -> match(f, s);
            case OPEN -> Optional.of(new OpenQuestion(s, f.string("answer").orElse("")));
        }));
        boolean errors = problems.list().subList(before, problems.list().size()).stream().anyMatch(Problem::isError);
        q.filter(question -> !question.passage().isEmpty())
                .ifPresent(question -> FigureCheck.warnIfPassageLacksAnswer(question, f.at("passage"), problems));
        return errors ? Optional.empty() : q;
    }

    private static List<Field> withAllKeys() {
        List<Field> all = new ArrayList<>(FormatSpec.COMMON);
        for (String k : FormatSpec.allQuestionKeys()) {
            if (all.stream().noneMatch(x -> x.name().equals(k))) {
                all.add(Field.optional(k, FieldType.STRING, ""));
            }
        }
        return all;
    }

    private String idOf(Node.MapNode map, int index) {
        Node.Entry e = map.entry("id");
        if (e != null && e.value() instanceof Node.ScalarNode s && ID.matcher(s.text()).matches()) {
            return s.text();
        }
        if (e != null) {
            problems.error(e.value().at(), "", "question id `" + (e.value() instanceof Node.ScalarNode s ? s.text() : "")
                    + "` is not a valid id", "use letters, digits, dots, dashes and underscores, e.g. zapad-2021-dates");
        }
        return "#" + (index + 1);
    }

    private Optional<Kind> kindOf(Node.MapNode map, String id) {
        Node.Entry e = map.entry("kind");
        if (e == null) {
            return Optional.empty();
        }
        String name = e.value() instanceof Node.ScalarNode s ? s.text().strip() : "";
        Optional<Kind> kind = Kind.fromFileName(name);
        if (kind.isEmpty()) {
            List<String> names = java.util.Arrays.stream(Kind.values()).map(Kind::fileName).toList();
            problems.error(e.value().at(), id, "unknown kind `" + name + "`",
                    Fields.didYouMean(name, names).map(s -> "did you mean `" + s + "`?")
                            .orElse("use one of " + String.join(", ", names)));
        }
        return kind;
    }

    private Optional<Stem> stem(Fields f, String id) {
        Optional<String> prompt = f.string("prompt");
        Optional<String> source = f.string("source").map(this::shared);
        Optional<String> passage = f.string("passage").map(this::shared);
        Optional<String> explain = f.string("explain");
        List<String> tags = f.stringList("tags").map(this::sharedAll).orElse(List.of());
        int difficulty = f.integer("difficulty", 1, 3).orElse(0);
        int points = f.integer("points", 1, 100).orElse(1);
        List<String> highlights = f.stringList("highlight").orElse(List.of());
        if (passage.isPresent()) {
            String folded = Typography.fold(passage.get());
            for (String h : highlights) {
                if (!folded.contains(Typography.fold(h))) {
                    problems.error(f.at("highlight"), id, "highlight `" + h + "` is not in the passage",
                            "copy the words exactly as the passage has them");
                }
            }
        }
        String event = f.has("event") ? f.string("event").orElse("") : "";
        checkEvent(event, f, id);
        boolean draft = f.has("status") && f.word("status").isPresent();
        if (draft) {
            problems.warning(f.at("status"), id, "draft question",
                    "quizzes leave it out unless --include-drafts; remove `status: draft` once it is checked");
        }
        // A missing source or passage is reported (to unlessImported) and the question dropped unless the set is imported.
        if (prompt.isEmpty() || !f.has("id")) {
            return Optional.empty();
        }
        return Optional.of(new Stem(id, prompt.get(), source.orElse(""), passage.orElse(""), explain.orElse(""),
                tags, difficulty, points, highlights, event, draft));
    }

    /** The timeline reads the event's date prefix; a malformed one is an error here rather than a missing event there. */
    private void checkEvent(String event, Fields f, String id) {
        try {
            EventLine.parse(event);
        } catch (EventLine.Malformed m) {
            problems.error(f.at("event"), id, m.getMessage(), m.hint());
        }
    }

    private Optional<List<String>> options(Fields f, Stem s) {
        Optional<List<String>> choices = f.stringList("choices");
        choices.ifPresent(c -> {
            if (c.size() == 1) {
                problems.warning(f.at("choices"), s.id(), "only one choice", "add plausible wrong options");
            } else if (c.isEmpty()) {
                problems.error(f.at("choices"), s.id(), "no choices", "list at least two options");
            } else if (c.size() > MAX_OPTIONS) {
                problems.error(f.at("choices"), s.id(), c.size() + " choices, more than " + MAX_OPTIONS,
                        "keep at most " + MAX_OPTIONS + " so each has a number key");
            }
            Set<String> seen = new HashSet<>();
            for (String x : c) {
                if (!seen.add(norm(x))) {
                    problems.warning(f.at("choices"), s.id(), "choice `" + x + "` appears twice", "remove the repeat");
                }
            }
        });
        return choices.filter(c -> !c.isEmpty() && c.size() <= MAX_OPTIONS);
    }

    private Optional<Question> choice(Fields f, Stem s) {
        Optional<List<String>> choices = options(f, s);
        Optional<String> answer = f.string("answer");
        if (choices.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        int i = indexIn(choices.get(), answer.get(), f.at("answer"), s.id());
        if (i < 0) {
            return Optional.empty();
        }
        Optional<List<Double>> weights = extras.choiceWeights(f, s.id(), choices.get(), i);
        Optional<List<String>> feedback = extras.feedback(f, s.id(), choices.get().size(), "choice");
        return weights.isEmpty() || feedback.isEmpty() ? Optional.empty()
                : Optional.of(new ChoiceQuestion(s, choices.get(), i, weights.get(), feedback.get()));
    }

    private Optional<Question> multi(Fields f, Stem s) {
        Optional<List<String>> choices = options(f, s);
        Optional<List<String>> answers = f.stringList("answers");
        if (choices.isEmpty() || answers.isEmpty()) {
            return Optional.empty();
        }
        if (answers.get().isEmpty()) {
            problems.error(f.at("answers"), s.id(), "no answers", "list every right option");
            return Optional.empty();
        }
        List<Integer> idx = new ArrayList<>();
        for (String a : answers.get()) {
            int i = indexIn(choices.get(), a, f.at("answers"), s.id());
            if (i >= 0 && idx.contains(i)) {
                problems.error(f.at("answers"), s.id(), "answer `" + a + "` is listed twice", "remove the repeat");
            }
            idx.add(i);
        }
        if (idx.contains(-1)) {
            return Optional.empty();
        }
        Optional<List<Double>> weights = extras.multiWeights(f, s.id(), choices.get(), idx);
        Optional<List<String>> feedback = extras.feedback(f, s.id(), choices.get().size(), "choice");
        return weights.isEmpty() || feedback.isEmpty() ? Optional.empty()
                : Optional.of(new MultiQuestion(s, choices.get(), idx, weights.get(), feedback.get()));
    }

    private int indexIn(List<String> choices, String answer, Location at, String id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equals(answer)) {
                return i;
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            if (norm(choices.get(i)).equals(norm(answer))) {
                return i;
            }
        }
        problems.error(at, id, "answer `" + answer + "` is not among the choices",
                Fields.didYouMean(answer, choices).map(c -> "did you mean `" + c + "`?")
                        .orElse("copy it exactly from choices"));
        return -1;
    }

    private Optional<Question> number(Fields f, Stem s) {
        String unit = f.string("unit").map(this::shared).orElse("");
        Optional<NumberQuestion.Band> main = extras.band(f, s.id(), 1, "");
        Optional<List<NumberQuestion.Band>> alternatives = extras.alternatives(f, s.id());
        String other = f.has("other_feedback") ? f.string("other_feedback").orElse("") : "";
        if (main.isEmpty() || alternatives.isEmpty()) {
            return Optional.empty();
        }
        NumberQuestion.Band b = main.get();
        return Optional.of(new NumberQuestion(s, b.value(), b.low(), b.high(), unit, alternatives.get(), other));
    }

    private Optional<Question> date(Fields f, Stem s) {
        Optional<String> text = f.string("answer");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<IsoDate> d = IsoDate.parse(text.get());
            if (d.isEmpty()) {
                problems.error(f.at("answer"), s.id(), "`" + text.get() + "` is not a date in the form the file uses",
                        "write 2021-09-09 for a day, 2021-09 for a month, 2021 for a year");
                return Optional.empty();
            }
            return Optional.of(new DateQuestion(s, d.get().date(), d.get().precision()));
        } catch (DateTimeException e) {
            problems.error(f.at("answer"), s.id(), "`" + text.get() + "` is not a real date: " + e.getMessage(),
                    "check the day and month");
            return Optional.empty();
        }
    }

    private Optional<Question> text(Fields f, Stem s) {
        Optional<List<String>> answers = f.stringList("answers");
        if (answers.isPresent() && answers.get().isEmpty()) {
            problems.error(f.at("answers"), s.id(), "no accepted answers", "list at least one");
            return Optional.empty();
        }
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Double>> weights = extras.textWeights(f, s.id(), answers.get().size());
        Optional<List<String>> feedback = extras.feedback(f, s.id(), answers.get().size(), "accepted answer");
        String other = f.has("other_feedback") ? f.string("other_feedback").orElse("") : "";
        return weights.isEmpty() || feedback.isEmpty() ? Optional.empty()
                : Optional.of(new TextQuestion(s, answers.get(), weights.get(), feedback.get(), other));
    }

    private Optional<Question> trueFalse(Fields f, Stem s) {
        Optional<Boolean> answer = f.bool("answer");
        Optional<Node.MapNode> feedback = f.mapping("feedback");
        if (answer.isEmpty() || (f.has("feedback") && feedback.isEmpty())) {
            return Optional.empty();
        }
        if (feedback.isEmpty()) {
            return Optional.of(new TrueFalseQuestion(s, answer.get()));
        }
        Fields ff = new Fields(feedback.get(), FormatSpec.TRUEFALSE_FEEDBACK, problems, s.id(), "in feedback");
        String whenTrue = ff.has("true") ? ff.string("true").orElse("") : "";
        String whenFalse = ff.has("false") ? ff.string("false").orElse("") : "";
        return Optional.of(new TrueFalseQuestion(s, answer.get(), whenTrue, whenFalse));
    }

    private Optional<Question> order(Fields f, Stem s) {
        Optional<List<String>> items = f.stringList("items");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() < 2 || items.get().size() > MAX_OPTIONS) {
            problems.error(f.at("items"), s.id(), items.get().size() + " items to order",
                    "give 2 to " + MAX_OPTIONS + " items");
            return Optional.empty();
        }
        if (repeats(items.get(), f.at("items"), s.id(), "item")) {
            return Optional.empty();
        }
        return Optional.of(new OrderQuestion(s, items.get()));
    }

    private Optional<Question> match(Fields f, Stem s) {
        Optional<Node.ListNode> list = f.list("pairs");
        List<String> distractors = f.stringList("distractors").orElse(List.of());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        for (Node n : list.get().items()) {
            if (!(n instanceof Node.MapNode m)) {
                problems.error(n.at(), s.id(), "a pair should be a mapping, not " + n.describe(),
                        "write `- {left: ..., right: ...}`");
                return Optional.empty();
            }
            Fields pf = new Fields(m, FormatSpec.PAIR, problems, s.id(), "in pair");
            Optional<String> left = pf.string("left");
            Optional<String> right = pf.string("right");
            if (left.isEmpty() || right.isEmpty()) {
                return Optional.empty();
            }
            pairs.add(new MatchQuestion.Pair(left.get(), right.get()));
        }
        if (pairs.size() < 2 || pairs.size() > MAX_OPTIONS) {
            problems.error(list.get().at(), s.id(), pairs.size() + " pairs", "give 2 to " + MAX_OPTIONS + " pairs");
            return Optional.empty();
        }
        List<String> rights = new ArrayList<>(pairs.stream().map(MatchQuestion.Pair::right).toList());
        rights.addAll(distractors);
        boolean bad = repeats(pairs.stream().map(MatchQuestion.Pair::left).toList(), list.get().at(), s.id(), "left item")
                | repeats(rights, list.get().at(), s.id(), "right item or distractor");
        if (rights.size() > 2 * MAX_OPTIONS) {
            problems.error(f.at("distractors"), s.id(), "too many distractors", "keep the right-hand list under " + 2 * MAX_OPTIONS);
            bad = true;
        }
        return bad ? Optional.empty() : Optional.of(new MatchQuestion(s, pairs, distractors));
    }

    private boolean repeats(List<String> items, Location at, String id, String what) {
        Set<String> seen = new HashSet<>();
        boolean any = false;
        for (String x : items) {
            if (!seen.add(norm(x))) {
                problems.error(at, id, what + " `" + x + "` repeats", "each must be different");
                any = true;
            }
        }
        return any;
    }

    private static String norm(String s) {
        return Typography.fold(s).toLowerCase(java.util.Locale.ROOT);
    }
}
