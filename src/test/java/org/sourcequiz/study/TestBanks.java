package org.sourcequiz.study;

import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Verdict;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.model.Stem;

/** Small banks and answers for tests of study, store and cli. */
public final class TestBanks {
    public static final StudyDays UTC_DAYS = new StudyDays(ZoneOffset.UTC, 0);
    public static final Fsrs FSRS = new Fsrs(FsrsParameters.DEFAULT, UTC_DAYS);

    private TestBanks() {}

    public static ChoiceQuestion choice(String id, String source, String... tags) {
        Stem stem = new Stem(id, "Question " + id + "?", source, "Passage for " + id + ".", "", List.of(tags), 1, 1, List.of());
        return new ChoiceQuestion(stem, List.of("right " + id, "wrong " + id), 0);
    }

    /** A copy of {@code q} with a new prompt: the same id, different content. */
    public static ChoiceQuestion reworded(ChoiceQuestion q) {
        Stem s = q.stem();
        return new ChoiceQuestion(new Stem(s.id(), s.prompt() + " (reworded)", s.sourceId(), s.passage(), s.explain(),
                s.tags(), s.difficulty(), s.points(), s.highlights()), q.choices(), q.answer());
    }

    public static QuestionSet set(String id, List<String> tags, Question... questions) {
        return new QuestionSet(id, "Set " + id, "", tags, List.of(questions), id + ".yaml");
    }

    public static Bank bank(QuestionSet... sets) {
        List<Source> sources = new ArrayList<>();
        for (String s : List.of("src-a", "src-b")) {
            sources.add(new Source(s, "Article " + s, List.of("Author"), Published.unknown(), "", "", s + ".txt"));
        }
        return new Bank(sources, List.of(sets));
    }

    public static AnswerRecord answer(Question q, String setId, Verdict v, Rating r, Instant at) {
        return answer(q, setId, "s1", v, r, at);
    }

    public static AnswerRecord answer(Question q, String setId, String session, Verdict v, Rating r, Instant at) {
        return new AnswerRecord(q.id(), ContentHash.of(q), setId, session, "practice", "given", "expected", v, r,
                v == Verdict.RIGHT ? 1 : 0, 1, 4.5, at);
    }
}
