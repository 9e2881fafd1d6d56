package org.sourcequiz.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every set and source that was loaded together. */
public record Bank(List<Source> sources, List<QuestionSet> sets) {
    public Bank {
        sources = List.copyOf(sources);
        sets = List.copyOf(sets);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<QuestionSet> set(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<Question> questions() {
        return sets.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** Which set each question belongs to, by question id, in bank order. */
    public Map<String, QuestionSet> setsByQuestionId() {
        Map<String, QuestionSet> map = new LinkedHashMap<>();
        for (QuestionSet s : sets) {
            for (Question q : s.questions()) {
                map.putIfAbsent(q.id(), s);
            }
        }
        return map;
    }
}
