package org.sourcequiz.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;
import org.sourcequiz.text.Typography;

/** What the bank cites of each source: its distinct passages and the questions quoting each. */
public final class Citations {
    private Citations() {}

    /**
     * The passages of the source's questions, in the order the bank first cites them. Two
     * passages are the same when they fold to the same text (as passage checks compare them).
     */
    public static List<CitedPassage> of(Bank bank, String sourceId) {
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, List<String>> questions = new LinkedHashMap<>();
        for (Question q : bank.questions()) {
            if (!q.sourceId().equals(sourceId) || q.passage().isBlank()) {
                continue;
            }
            String key = Typography.fold(q.passage());
            text.putIfAbsent(key, q.passage().strip());
            List<String> ids = questions.computeIfAbsent(key, k -> new ArrayList<>());
            if (!ids.contains(q.id())) {
                ids.add(q.id());
            }
        }
        List<CitedPassage> out = new ArrayList<>();
        text.forEach((key, t) -> out.add(new CitedPassage(t, questions.get(key))));
        return out;
    }

    /** Every source in the order sources.yaml gives them, with its counts. */
    public static List<SourceSummary> summaries(Bank bank) {
        List<SourceSummary> out = new ArrayList<>();
        for (Source s : bank.sources()) {
            int questions = (int) bank.questions().stream().filter(q -> q.sourceId().equals(s.id())).count();
            out.add(new SourceSummary(s, questions, of(bank, s.id()).size()));
        }
        return out;
    }
}
