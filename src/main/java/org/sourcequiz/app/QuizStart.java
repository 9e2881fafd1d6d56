package org.sourcequiz.app;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.HistoryException;
import org.sourcequiz.study.SessionOutcome;
import org.sourcequiz.study.SessionRecord;
import org.sourcequiz.study.UnfinishedSession;

/**
 * How `quiz` starts: a quiz killed before its end is resumed (--resume, or yes to the offer), set
 * aside (no to it) or left for later (no terminal to ask on); else a new quiz is drawn as asked.
 */
public final class QuizStart {
    private static final String NOT_SAVED = "; this quiz goes on without saving to history";

    private QuizStart() {}

    /** What to do with the killed quiz that history holds. */
    public enum Offer { RESUME, ABANDON, LEAVE }

    /**
     * What `quiz` was asked for.
     *
     * @param seed   null: a random one, shown at the end
     * @param search words a search must find in each question; empty: no search
     */
    public record Request(QuizFilters filters, QuizOptions options, Long seed, List<String> search, boolean resume) {
        public Request {
            if (filters.count() < 0) {
                throw new UsageException("--count must be 0 (all) or more, not " + filters.count());
            }
        }
    }

    /**
     * The quiz to run.
     *
     * @param resumed       true when {@code record} is already in history
     * @param historyUsable false when history already failed and its warning was given
     */
    public record Planned(QuizPlan plan, QuizOptions options, SessionRecord record, boolean resumed, boolean historyUsable) {}

    /** The options of a quiz, refusing the combinations that mean nothing. */
    public static QuizOptions options(Mode mode, Duration timeLimit, Double negativeMarking, boolean includeDrafts) {
        if (negativeMarking != null && mode != Mode.EXAM) {
            throw new UsageException("--negative-marking applies to --mode exam only");
        }
        if (negativeMarking != null && (negativeMarking < 0 || negativeMarking > 1)) {
            throw new UsageException("--negative-marking takes a share of the points from 0 to 1, e.g. 0.25");
        }
        return new QuizOptions(mode, Optional.ofNullable(timeLimit), negativeMarking == null ? 0 : negativeMarking, includeDrafts);
    }

    /** @param offer asked only when history holds a killed quiz and --resume was not given */
    public static Planned plan(Clock clock, SqliteHistory history, Warnings warnings, Function<HistoryException, String> describe,
                               Bank b, Request req, Function<UnfinishedSession, Offer> offer) {
        boolean historyUsable = true;
        Optional<UnfinishedSession> unfinished = Optional.empty();
        // Only an existing history is read here: a first quiz creates its file with its first answer.
        if (Files.exists(history.file())) {
            try {
                unfinished = Resumption.candidate(history);
            } catch (HistoryException e) {
                if (req.resume()) {
                    throw e;
                }
                warnings.warn(describe.apply(e) + NOT_SAVED);
                historyUsable = false;
            }
        }
        if (req.resume()) {
            return resumed(clock, b, unfinished.orElseThrow(() -> new UserInputException(
                    "there is no unfinished quiz to resume; `sourcequiz quiz` starts a new one")));
        }
        if (unfinished.isPresent()) {
            UnfinishedSession u = unfinished.get();
            Offer answer = offer.apply(u);
            if (answer == Offer.RESUME) {
                return resumed(clock, b, u);
            }
            if (answer == Offer.ABANDON) {
                try {
                    history.finishSession(u.session().id(), clock.instant(), SessionOutcome.ABANDONED);
                } catch (HistoryException e) {
                    warnings.warn(describe.apply(e) + NOT_SAVED);
                    historyUsable = false;
                }
            }
        }
        String words = String.join(" ", req.search());
        Bank drawn = req.search().isEmpty() ? b : SearchBank.restrict(b, SearchBank.find(b, words));
        if (!req.search().isEmpty() && drawn.questions().isEmpty()) {
            throw new UserInputException("no questions match --search '" + words + "'; `sourcequiz search WORDS` shows what a search finds");
        }
        QuizPlan plan = req.filters().plan(drawn, req.seed() != null ? req.seed() : new Random().nextInt(1_000_000), req.options());
        return new Planned(plan, req.options(), SessionRecords.start(plan, req.options(), clock.instant()), false, historyUsable);
    }

    /** The questions a killed quiz did not reach, in its order, under its session id and settings. */
    private static Planned resumed(Clock clock, Bank b, UnfinishedSession u) {
        return new Planned(Resumption.plan(b, u, clock.getZone()), SessionRecords.options(u.session()), u.session(), true, true);
    }
}
