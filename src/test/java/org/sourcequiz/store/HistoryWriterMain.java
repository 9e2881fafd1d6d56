package org.sourcequiz.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.TestBanks;
import org.sourcequiz.engine.Verdict;

/**
 * A separate process that writes to a history the way a quiz does: starts a session, records one
 * answer at a time and says so on stdout after each commit. Tests start it to write alongside
 * another process, or to kill it mid-session.
 *
 * <p>Arguments: database, session id, number of questions, milliseconds to wait between answers.
 */
public final class HistoryWriterMain {
    private HistoryWriterMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        String session = args[1];
        int count = Integer.parseInt(args[2]);
        long pause = Long.parseLong(args[3]);
        List<ChoiceQuestion> questions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            questions.add(TestBanks.choice(session + "-q" + i, "src-a"));
        }
        Instant start = Instant.parse("2024-05-01T09:00:00Z");
        // The native library is cached beside the database: a killed JVM never deletes the copy the
        // driver would otherwise leave in the system's temporary folder.
        try (SqliteHistory h = new SqliteHistory(db, TestBanks.FSRS, db.resolveSibling("native"))) {
            h.startSession(new SessionRecord(session, start, "practice", 99,
                    questions.stream().map(ChoiceQuestion::id).toList(), "", ProcessOwner.currentPid(),
                    ProcessOwner.currentStart()));
            System.out.println("started");
            for (int i = 0; i < count; i++) {
                h.record(TestBanks.answer(questions.get(i), "set", session, Verdict.RIGHT, Rating.GOOD,
                        start.plus(Duration.ofSeconds(i))));
                System.out.println("recorded " + (i + 1));
                if (pause > 0) {
                    Thread.sleep(pause);
                }
            }
        }
        System.out.println("done");
    }
}
