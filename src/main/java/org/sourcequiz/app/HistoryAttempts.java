package org.sourcequiz.app;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcequiz.authoring.ResultsAnswer;
import org.sourcequiz.authoring.ResultsAttempt;
import org.sourcequiz.engine.Verdict;
import org.sourcequiz.model.Kind;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.AnswerRecord;
import org.sourcequiz.study.HistoryException;

/**
 * A profile's history database as one attempt: the profile's first graded answer to each question,
 * as Moodle's statistics take first attempts. Flashcard answers are left out: they are the
 * learner's own rating, not a grade. A history keeps no question kinds: they come from the bank the
 * quiz was taken on, and an answer to a question that bank does not hold has no kind, so no options counted.
 */
final class HistoryAttempts {
    private HistoryAttempts() {}

    static ResultsAttempt read(Path db, Map<String, Kind> kinds) {
        List<ResultsAnswer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant[] last = {null};
        // analyze only reads: a scheduler is never needed, and asking for one is a bug.
        try (SqliteHistory h = new SqliteHistory(db, () -> {
            throw new IllegalStateException("analyze does not write to a history");
        }, null)) {
            h.forEachAnswer((AnswerRecord a) -> {
                if (a.mode().equals("flashcard") || !seen.add(a.questionId())) {
                    return;
                }
                Optional<Kind> kind = Optional.ofNullable(kinds.get(a.questionId()));
                boolean skipped = a.verdict() == Verdict.SKIPPED;
                answers.add(new ResultsAnswer(a.questionId(), kind, a.points(), a.maxPoints(), skipped,
                        Picks.of(kind, skipped, a.given()), a.expected()));
                if (last[0] == null || a.answeredAt().isAfter(last[0])) {
                    last[0] = a.answeredAt();
                }
            });
        } catch (HistoryException e) {
            // Someone else's history, read only: the fixes a learner is offered for their own do not apply.
            throw new ResultsFileException(db + ": cannot read it as a sourcequiz history: " + e.detail());
        }
        return new ResultsAttempt(profile(db), "", db.toString(), Optional.ofNullable(last[0]), answers);
    }

    /** profiles/NAME/history.db is NAME's; another file is named after itself, or its folder when it is history.db. */
    static String profile(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!name.equals(HistoryFiles.FILE_NAME)) {
            return stem;
        }
        Path dir = abs.getParent();
        if (dir == null || dir.getFileName() == null) {
            return HistoryFiles.DEFAULT_PROFILE;
        }
        Path up = dir.getParent();
        boolean profileFolder = up != null && up.getFileName() != null && up.getFileName().toString().equals("profiles");
        // The data folder's own history.db is the default profile's.
        return profileFolder ? dir.getFileName().toString()
                : dir.resolve("profiles").toFile().isDirectory() ? HistoryFiles.DEFAULT_PROFILE : dir.getFileName().toString();
    }
}
