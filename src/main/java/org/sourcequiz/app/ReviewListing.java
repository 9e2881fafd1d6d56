package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.study.QuestionProgress;
import org.sourcequiz.study.ReviewBatch;
import org.sourcequiz.study.ReviewItem;
import org.sourcequiz.study.StudyDays;
import org.sourcequiz.text.TerminalSafety;

/** What `review --list` shows: the batch or the mistakes, as lines for people and as maps for JSON. */
public final class ReviewListing {
    private static final int PROMPT_WIDTH = 60;

    private final Map<String, QuestionSet> sets;

    /** @param sets each question's set, by question id */
    public ReviewListing(Map<String, QuestionSet> sets) {
        this.sets = sets;
    }

    public Map<String, Object> json(ReviewBatch batch, String today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("today", today);
        m.put("due_total", batch.dueTotal());
        m.put("new_available", batch.newAvailable());
        m.put("new_left_today", batch.newLeftToday());
        m.put("due", batch.due().stream().map(this::item).toList());
        m.put("new", batch.fresh().stream().map(this::item).toList());
        return m;
    }

    public List<String> lines(ReviewBatch batch, String today, int newPerDay) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Review for %s: %d due%s, %d new (%d left of today's %d new; %d never asked)",
                today, batch.dueTotal(), batch.due().size() < batch.dueTotal() ? " (" + batch.due().size() + " shown)" : "",
                batch.fresh().size(), batch.newLeftToday(), newPerDay, batch.newAvailable()));
        if (batch.isEmpty()) {
            out.add("Nothing to review now.");
            return out;
        }
        int n = 1;
        if (!batch.due().isEmpty()) {
            out.add("");
            out.add("Due");
            for (ReviewItem i : batch.due()) {
                out.add(String.format(Locale.ROOT, "%3d. %s  [%s]  due %s, recall %d%%  %s", n++, i.question().id(),
                        setId(i.question()), i.due(), Math.round(i.retrievability() * 100), prompt(i.question())));
            }
        }
        if (!batch.fresh().isEmpty()) {
            out.add("");
            out.add("New");
            for (ReviewItem i : batch.fresh()) {
                out.add(String.format(Locale.ROOT, "%3d. %s  [%s]  %s", n++, i.question().id(), setId(i.question()),
                        prompt(i.question())));
            }
        }
        return out;
    }

    public Map<String, Object> mistakesJson(List<Question> qs, Map<String, QuestionProgress> progress) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Question q : qs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", q.id());
            m.put("set", setId(q));
            m.put("last_answer", progress.get(q.id()).lastVerdict().label());
            m.put("last_answered_at", progress.get(q.id()).lastAnsweredAt().toString());
            m.put("prompt", q.prompt());
            out.add(m);
        }
        return Map.of("mistakes", out);
    }

    public List<String> mistakesLines(List<Question> qs, Map<String, QuestionProgress> progress, StudyDays days) {
        List<String> out = new ArrayList<>();
        out.add(qs.isEmpty() ? NO_MISTAKES : "Questions last answered wrong, most recent first: " + qs.size());
        int n = 1;
        for (Question q : qs) {
            QuestionProgress p = progress.get(q.id());
            out.add(String.format(Locale.ROOT, "%3d. %s  [%s]  %s %s  %s", n++, q.id(), setId(q),
                    p.lastVerdict().label(), days.dayOf(p.lastAnsweredAt()), prompt(q)));
        }
        return out;
    }

    /** What `review --mistakes` says when there is nothing to re-ask. */
    public static final String NO_MISTAKES = "No mistakes to review: every question's last answer was right.";

    private Map<String, Object> item(ReviewItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.question().id());
        m.put("set", setId(i.question()));
        if (!i.isNew()) {
            m.put("due", i.due().toString());
            m.put("retrievability", i.retrievability());
        }
        m.put("prompt", i.question().prompt());
        return m;
    }

    private String setId(Question q) {
        QuestionSet s = sets.get(q.id());
        return s == null ? "?" : s.id();
    }

    /** The prompt on one line, cut to fit; question files are user input, so control characters go. */
    private static String prompt(Question q) {
        String p = TerminalSafety.sanitize(q.prompt()).replaceAll("\\s+", " ").strip();
        return p.length() <= PROMPT_WIDTH ? p : p.substring(0, PROMPT_WIDTH - 3) + "...";
    }
}
