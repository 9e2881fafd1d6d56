package org.sourcequiz.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drafted question as the file format writes it: {@code fields} are the kind's own keys
 * (choices/answer, answer/unit, answers, pairs) in the order they are written.
 */
public record Draft(String id, String kind, String prompt, Map<String, Object> fields, String passage,
                    List<String> highlight, String explain, FactKind fact, int line) {
    public Draft {
        fields = new LinkedHashMap<>(fields);
        String shown = passage;
        // A highlight must be words of the passage; a long quotation's passage holds only its last sentences.
        highlight = highlight.stream().filter(shown::contains).toList();
    }
}
