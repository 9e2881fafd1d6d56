package org.sourcequiz.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.store.ProcessOwner;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;

/** A quiz as history keeps it: what it asks, in which order, with which settings, and which process runs it. */
public final class SessionRecords {
    private SessionRecords() {}

    /**
     * A new session of this process, with a new id.
     *
     * @param label what history calls the mode: practice, exam, flashcard or review
     */
    public static SessionRecord start(QuizPlan plan, QuizOptions options, String label, Instant at) {
        return new SessionRecord(UUID.randomUUID().toString(), at, label, plan.seed(), ids(plan), encode(options),
                ProcessOwner.currentPid(), ProcessOwner.currentStart());
    }

    /** A new session in the mode's own name. */
    public static SessionRecord start(QuizPlan plan, QuizOptions options, Instant at) {
        return start(plan, options, HistoryRecorder.modeLabel(options.mode()), at);
    }

    public static List<String> ids(QuizPlan plan) {
        return plan.questions().stream().map(p -> p.question().id()).toList();
    }

    /** A quiz run to its end or to its time limit is complete; one left early was quit on purpose. */
    public static SessionOutcome outcome(QuizResult r) {
        return r.notReached() == 0 || r.timeUp() ? SessionOutcome.COMPLETED : SessionOutcome.QUIT;
    }

    /** The options to run a recorded session again with; a label no mode has (review) is practice. */
    public static QuizOptions options(SessionRecord s) {
        Mode m = Arrays.stream(Mode.values()).filter(x -> HistoryRecorder.modeLabel(x).equals(s.mode())).findFirst()
                .orElse(Mode.PRACTICE);
        return decode(m, s.options());
    }

    /** What the rest of the command line needs to run the same kind of quiz again: time limit and negative marking. */
    public static String encode(QuizOptions o) {
        return "time_limit_seconds=" + o.timeLimit().map(d -> Long.toString(d.toSeconds())).orElse("")
                + ";negative_marking=" + o.negativeMarking();
    }

    public static QuizOptions decode(Mode mode, String encoded) {
        Optional<Duration> limit = Optional.empty();
        double negative = 0;
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = part.substring(0, eq);
            String v = part.substring(eq + 1);
            if (k.equals("time_limit_seconds") && !v.isEmpty()) {
                limit = Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } else if (k.equals("negative_marking") && !v.isEmpty()) {
                negative = Double.parseDouble(v);
            }
        }
        return new QuizOptions(mode, limit, negative);
    }
}
