package org.sourcequiz.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sourcequiz.model.Question;

/**
 * The items of a set's {@code questions} list, each read into a question as soon as the parser
 * has finished it. A tree reader given one hands it the items of the file's top-level
 * {@code questions} sequence instead of keeping them, so a file's tree is never whole in memory:
 * each item's nodes are garbage as soon as the item is read, while they are still in the young
 * generation. Whole trees of a bank's larger files had been promoted to the old generation by
 * the time they died, which set the load's peak memory (issue 6).
 *
 * <p>Reading items early must not change what a file reports: the problems of the items are kept
 * apart until {@link SetReader} reaches the place where it reads them, and dropped with
 * everything else when it never does (an unsupported format, a file that did not parse).
 */
final class QuestionItems {
    /** The key of the root mapping whose sequence is handed over. */
    static final String KEY = "questions";

    private final Problems problems;
    /** Problems that hold only when the set turns out not to be imported (a missing passage). */
    private final Problems unlessImported;
    private final QuestionReader reader;
    private final Predicate<String> knownSource;
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, Location> questionsAt = new HashMap<>();
    private final Map<String, Location> sourcesAt = new HashMap<>();
    private final List<SetReader.IdAt> ids = new ArrayList<>();
    /** Ids of the questions that only an imported set keeps. */
    private final Set<String> onlyIfImported = new HashSet<>();
    private int count;
    private boolean handedOver;

    /**
     * {@code knownSource}: whether a source id is declared. Where a question names its source is
     * kept only for the others, the questions an "unknown source" error will point at.
     */
    QuestionItems(String file, Predicate<String> knownSource) {
        this.problems = new Problems(file);
        this.unlessImported = new Problems(file);
        this.reader = new QuestionReader(problems, unlessImported);
        this.knownSource = knownSource;
    }

    /** From a tree reader: the next item of the sequence, which it will not keep. */
    void handOver(Node item) {
        handedOver = true;
        read(item);
    }

    /** True when a tree reader handed the items over, so the tree's sequence is empty. */
    boolean handedOver() {
        return handedOver;
    }

    /** Forgets what was handed over, for a tree reader that gives up and leaves the file to another. */
    void reset() {
        problems.list().clear();
        unlessImported.list().clear();
        onlyIfImported.clear();
        questions.clear();
        questionsAt.clear();
        sourcesAt.clear();
        ids.clear();
        count = 0;
        handedOver = false;
    }

    void read(Node item) {
        int index = count++;
        if (item instanceof Node.MapNode m && m.entry("id") != null
                && m.entry("id").value() instanceof Node.ScalarNode idNode) {
            ids.add(new SetReader.IdAt(idNode.text(), problems.file(), idNode.at()));
        }
        int before = unlessImported.list().size();
        reader.read(item, index).ifPresent(q -> {
            if (unlessImported.list().size() > before) {
                onlyIfImported.add(q.id());
            }
            if (item instanceof Node.MapNode m && m.entry("source") != null && !knownSource.test(q.sourceId())) {
                sourcesAt.putIfAbsent(q.id(), m.entry("source").value().at());
            }
            questions.add(q);
            questionsAt.putIfAbsent(q.id(), item.at());
        });
    }

    int count() {
        return count;
    }

    List<Problem> problems() {
        return problems.list();
    }

    /** The problems of the items in a set that is imported or not. */
    List<Problem> problems(boolean imported) {
        if (imported || unlessImported.list().isEmpty()) {
            return problems.list();
        }
        List<Problem> all = new ArrayList<>(problems.list());
        all.addAll(unlessImported.list());
        return all;
    }

    List<Question> questions() {
        return questions;
    }

    /** The questions a set that is imported or not keeps. */
    List<Question> questions(boolean imported) {
        if (imported || onlyIfImported.isEmpty()) {
            return questions;
        }
        return questions.stream().filter(q -> !onlyIfImported.contains(q.id())).toList();
    }

    Map<String, Location> questionsAt() {
        return questionsAt;
    }

    Map<String, Location> sourcesAt() {
        return sourcesAt;
    }

    List<SetReader.IdAt> ids() {
        return ids;
    }
}
