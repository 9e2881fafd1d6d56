package org.sourcequiz.app;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.ProcessOwner;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Resume;
import org.sourcequiz.study.UnfinishedSession;

/** A quiz killed before its end, found in history and taken up again where it stopped. */
public final class Resumption {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Resumption() {}

    /** The unfinished quiz to offer back: the latest whose process is gone (a live one is another terminal's). */
    public static Optional<UnfinishedSession> candidate(SqliteHistory history) {
        return Resume.candidate(history.unfinishedSessions(), s -> ProcessOwner.isAlive(s.ownerPid(), s.ownerStartedAt()));
    }

    /** The questions it did not reach, in its order and with its seed. */
    public static QuizPlan plan(Bank b, UnfinishedSession u, ZoneId zone) {
        QuizPlan plan = QuizPlan.ofIds(b, u.remaining(), u.session().seed());
        if (plan.isEmpty()) {
            throw new UserInputException("the questions of " + describe(u, zone) + " are no longer in the bank");
        }
        return plan;
    }

    /** "the quiz of 2024-05-01 09:00 (3 of 10 answered)". */
    public static String describe(UnfinishedSession u, ZoneId zone) {
        return "the quiz of " + WHEN.format(u.session().startedAt().atZone(zone)) + " (" + u.answeredIds().size()
                + " of " + u.session().questionIds().size() + " answered)";
    }

    /** The question a terminal is asked; {@link #accepts} reads the answer. */
    public static String question(UnfinishedSession u, ZoneId zone) {
        return "Resume " + describe(u, zone) + "? [Y/n] ";
    }

    /** Enter or y/yes resumes; anything else, or end of input (null), does not. */
    public static boolean accepts(String line) {
        if (line == null) {
            return false;
        }
        String a = line.strip().toLowerCase(Locale.ROOT);
        return a.isEmpty() || a.equals("y") || a.equals("yes");
    }

    /** For scripted input, which must not be eaten by a question it did not expect. */
    public static String notice(UnfinishedSession u, ZoneId zone) {
        return "sourcequiz: " + describe(u, zone) + " was left unfinished; `sourcequiz quiz --resume` resumes it";
    }
}
