package org.sourcequiz.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.model.QuestionSet;

/** Reads the tree of one question file into a {@link QuestionSet}. */
final class SetReader {
    private SetReader() {}

    /**
     * A set as read, with where it and each of its questions stand, for checks across files.
     * {@code sourcesAt}: where a question names a source that was not known when it was read.
     */
    record Located(QuestionSet set, Location at, Map<String, Location> questionsAt, List<IdAt> ids,
                   Map<String, Location> sourcesAt) {}

    /** Every question id in the file, readable or not, so duplicates are found even among broken questions. */
    record IdAt(String id, String origin, Location at) {}

    /** The set with every question that has no errors; empty when the file itself is unusable. */
    static Optional<Located> read(Node root, String origin, Problems problems) {
        return read(root, origin, problems, new QuestionItems(problems.file(), source -> false));
    }

    /**
     * As {@link #read(Node, String, Problems)}, for a tree whose reader may have handed the
     * question items to {@code items} already (then its {@code questions} sequence is empty).
     */
    static Optional<Located> read(Node root, String origin, Problems problems, QuestionItems items) {
        if (!(root instanceof Node.MapNode map)) {
            problems.error(root.at(), "", "a question file should be a mapping, not " + root.describe(),
                    "start with `format: 1`, `id:`, `title:` and `questions:`");
            return Optional.empty();
        }
        if (map.entry("sources") != null && map.entry("questions") == null) {
            problems.error(map.at(), "", "this is a sources file, not a question set",
                    "name it sources.yaml so it is read as the list of sources");
            return Optional.empty();
        }
        Fields f = new Fields(map, FormatSpec.SET, problems, "", "in question set");
        Optional<Integer> format = f.integer("format", 0, Integer.MAX_VALUE);
        if (format.isPresent() && format.get() != FormatSpec.VERSION) {
            problems.error(f.at("format"), "", "format " + format.get() + " is not supported",
                    "this version of sourcequiz reads format " + FormatSpec.VERSION);
            return Optional.empty();
        }
        Optional<String> id = f.string("id");
        id.filter(s -> !QuestionReader.ID.matcher(s).matches()).ifPresent(s -> problems.error(f.at("id"), "",
                "set id `" + s + "` is not a valid id", "use letters, digits, dots, dashes and underscores"));
        Optional<String> title = f.string("title");
        String description = f.has("description") ? f.string("description").orElse("") : "";
        List<String> tags = f.stringList("tags").orElse(List.of());
        boolean imported = f.has("origin") && f.word("origin").isPresent();
        Optional<Node.ListNode> list = f.list("questions");
        list.ifPresent(l -> {
            if (!items.handedOver()) {
                l.items().forEach(items::read);
            }
            if (items.count() == 0) {
                problems.warning(l.at(), "", "the set has no questions", "add at least one");
            }
            problems.list().addAll(items.problems(imported));
        });
        if (id.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Located(new QuestionSet(id.get(), title.get(), description, tags, items.questions(imported), origin, imported),
                f.at("id"), items.questionsAt(), items.ids(), items.sourcesAt()));
    }
}
