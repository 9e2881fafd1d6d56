package org.sourcequiz.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.engine.Mode;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.QuizResult;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.model.Bank;
import org.sourcequiz.study.HistoryException;

/**
 * The text UI's state machine: applies intents, drives the engine session, and chooses the
 * screen. Grading is the session's; this only decides what to show next.
 */
final class Controller {
    enum Box { NONE, HELP, CONFIRM_QUIT, NOTICE }

    private final Bank bank;
    private final TuiSettings settings;
    private final Optional<HomeFlow> home;
    private final QuizFlow quiz = new QuizFlow();
    private final List<QuizResult> results = new ArrayList<>();
    private UiState state;
    private HomeState lastHome = HomeState.START;
    private Box box = Box.NONE;
    private boolean done;
    private boolean interrupted;
    private String notice = "";
    private Viewport viewport = Viewport.NONE;
    /** Where the result of a quiz started from the timeline, an article or a first search screen goes back to; null for Home. */
    private UiState afterQuiz;

    private Controller(Bank bank, TuiSettings settings, boolean withHome) {
        this.bank = bank;
        this.settings = settings;
        this.home = withHome ? Optional.of(new HomeFlow(new HomeCatalog(bank), settings.extras())) : Optional.empty();
    }

    static Controller home(Bank bank, TuiSettings settings) {
        Controller c = new Controller(bank, settings, true);
        c.state = new UiState.AtHome(HomeState.START);
        return c;
    }

    /** The search screen on its own, {@code query} typed: leaving it leaves the UI, leaving a quiz's result comes back to it. */
    static Controller search(Bank bank, TuiSettings settings, SearchSource source, String query, String message) {
        Controller c = new Controller(bank, settings, false);
        c.state = SearchFlow.open(source, null, query, message);
        return c;
    }

    static Controller quiz(Bank bank, TuiSettings settings, QuizSession session) {
        Controller c = new Controller(bank, settings, false);
        c.state = session.finished() ? c.finish(session) : c.quiz.begin(session);
        return c;
    }

    /** The timeline as the whole UI: q leaves it, a quiz's result comes back to it. */
    static Controller timeline(Bank bank, TuiSettings settings, TimelineData data) {
        Controller c = new Controller(bank, settings, false);
        c.state = TimelineFlow.open(data, null);
        return c;
    }

    /** The sources (or, with an id, that source's article) as the first screen: leaving it leaves the UI. */
    static Controller sources(Bank bank, TuiSettings settings, Optional<String> sourceId) {
        Controller c = new Controller(bank, settings, false);
        ArticleShelf shelf = settings.articles();
        c.state = sourceId.<UiState>map(id -> SourcesFlow.article(shelf, id, null)).orElseGet(() -> SourcesFlow.open(shelf, null));
        return c;
    }

    boolean done() {
        return done;
    }

    Box box() {
        return box;
    }

    /** The warning in the NOTICE box. */
    String notice() {
        return notice;
    }

    /** True when Ctrl-C ended the UI. */
    boolean interrupted() {
        return interrupted;
    }

    /** Results of every quiz finished here, in order. */
    List<QuizResult> results() {
        return List.copyOf(results);
    }

    /** True while a timer, or a Home detail still being worked out, is on screen: the loop redraws it as it runs. */
    boolean ticking() {
        if (state instanceof UiState.AtHome) {
            return home.orElseThrow().live();
        }
        UiState s = state instanceof UiState.InArticle r && r.back() instanceof UiState.Asking ? r.back() : state;
        return s instanceof UiState.Asking a && (a.session().options().timeLimit().isPresent() || a.session().mode() == Mode.EXAM);
    }

    View view() {
        if (state instanceof UiState.AtHome h) {
            return home.orElseThrow().view(h.home());
        } else if (state instanceof UiState.Asking a) {
            return new QuestionView(quiz.header(a.session(), a.presented()), a.presented(), a.session().mode(), a.input(),
                    a.reveal(), a.message(), a.problem(), a.scroll(), hasArticles());
        } else if (state instanceof UiState.Feedback f) {
            return new FeedbackView(quiz.header(f.session(), f.presented()), f.presented(), f.grade(),
                    f.session().finished(), f.scroll(), hasArticles());
        } else if (state instanceof UiState.Done d) {
            return ResultsViews.of(d, home.isPresent());
        } else if (state instanceof UiState.Searching s) {
            return s.view();
        } else if (state instanceof UiState.Timeline t) {
            return t.view();
        } else if (state instanceof UiState.Shelf s) {
            return s.view();
        } else if (state instanceof UiState.InArticle a) {
            return a.view().withTimer(timer(a.back()));
        }
        UiState.Reading r = (UiState.Reading) state;
        return new PageView(r.page(), r.scroll());
    }

    /** The painter reports what it showed; scroll positions follow it. */
    void viewport(Viewport v) {
        if (v == Viewport.NONE) {
            return;
        }
        viewport = v;
        state = Scrolling.set(state, v.scroll());
    }

    /** Time passing: a quiz whose time ran out ends; a warning that came meanwhile is shown. */
    void tick() {
        if (state instanceof UiState.Asking a && a.session().finished()) {
            state = finish(a.session());
        }
        if (box == Box.NONE) {
            settings.notices().get().ifPresent(n -> {
                notice = n;
                box = Box.NOTICE;
            });
        }
    }

    void apply(Intent i) {
        if (i instanceof Intent.Interrupt) {
            quitSession();
            done = true;
            interrupted = true;
            return;
        }
        if (box == Box.HELP || box == Box.NOTICE) {
            box = Box.NONE;
            return;
        }
        if (box == Box.CONFIRM_QUIT) {
            if (i instanceof Intent.Confirm c) {
                box = Box.NONE;
                if (c.yes()) {
                    quitSession();
                }
            }
            return;
        }
        if (i instanceof Intent.ShowHelp) {
            box = Box.HELP;
        } else if (i instanceof Intent.AskQuit) {
            box = inQuiz() ? Box.CONFIRM_QUIT : Box.NONE;
        } else if (i instanceof Intent.Scroll && state instanceof UiState.Timeline) {
            state = next(i); // the timeline moves its cursor by a screen; the painter follows it
        } else if (i instanceof Intent.Scroll s && !(state instanceof UiState.AtHome)) {
            int by = s.lines() + s.pages() * Math.max(1, viewport.rows() - 1);
            state = Scrolling.set(state, viewport.clamp(Scrolling.get(state) + by));
        } else {
            state = next(i);
        }
    }

    private UiState next(Intent i) {
        if (state instanceof UiState.AtHome h) {
            return atHome(h.home(), i);
        } else if (state instanceof UiState.Asking a && i instanceof Intent.OpenArticle) {
            return a.reveal().isPresent() ? toArticle(a.presented().question(), a) : state;
        } else if (state instanceof UiState.Asking a) {
            QuizFlow.Step s = quiz.asking(a, i);
            return s.finished() ? finish(a.session()) : s.state();
        } else if (state instanceof UiState.Feedback f) {
            if (i instanceof Intent.Submit) {
                return f.session().finished() ? finish(f.session()) : quiz.begin(f.session());
            }
            return i instanceof Intent.OpenArticle ? toArticle(f.presented().question(), f) : state;
        } else if (state instanceof UiState.Done d) {
            return done(d, i);
        } else if (state instanceof UiState.Searching s) {
            // A search that is the UI's first screen (`sourcequiz search`) is where its quiz's result goes back to.
            UiState n = SearchFlow.apply(s, i, ids -> practice(ids, s.back() == null ? s : null));
            done = n == null;
            return done ? state : n;
        } else if (state instanceof UiState.Timeline t) {
            return timeline(t, i);
        } else if (state instanceof UiState.Shelf s) {
            return SourcesFlow.list(s, i, this::back);
        } else if (state instanceof UiState.InArticle a) {
            return SourcesFlow.reading(a, i, ids -> practice(ids, a), this::back);
        }
        UiState.Reading r = (UiState.Reading) state;
        return i instanceof Intent.Close ? r.back() : state;
    }

    private UiState timeline(UiState.Timeline t, Intent i) {
        if (i instanceof Intent.Close) {
            if (t.back() == null) {
                done = true;
                return state;
            }
            return t.back();
        }
        return TimelineFlow.apply(t, i, viewport, ids -> practice(ids, t));
    }

    /** A practice quiz on these questions, whose result goes back to {@code resultBack}; null: as {@link #done} decides. */
    private UiState practice(List<String> ids, UiState resultBack) {
        if (resultBack != null) {
            afterQuiz = resultBack;
        }
        return start(QuizPlan.ofIds(bank, ids, settings.seeds().getAsLong()), QuizOptions.of(Mode.PRACTICE));
    }

    private UiState atHome(HomeState h, Intent i) {
        HomeFlow flow = home.orElseThrow();
        if (i instanceof Intent.Close) {
            done = true;
            return state;
        }
        if (!(i instanceof Intent.Submit)) {
            return new UiState.AtHome(flow.apply(h, i));
        }
        Optional<HomeEntry> entry = flow.entryAt(h.cursor());
        if (entry.isPresent()) {
            return entry(h, entry.get().intent());
        }
        if (flow.settingAt(h.cursor()).isEmpty() && h.cursor() < flow.catalog().setRows()) {
            h = h.withChosen(h.cursor());
        }
        if (flow.catalog().matching(h) == 0) {
            return new UiState.AtHome(h.withMessage("No questions match: change the tag or the kind."));
        }
        lastHome = h;
        QuizPlan plan = QuizPlan.select(bank, flow.catalog().selection(h, settings.seeds().getAsLong()));
        return start(plan, QuizOptions.of(h.mode()));
    }

    private UiState entry(HomeState h, Intent intent) {
        lastHome = h;
        if (intent instanceof Intent.OpenSearch o) {
            return SearchFlow.open(o.source().get(), new UiState.AtHome(h));
        }
        if (intent instanceof Intent.OpenTimeline o) {
            return TimelineFlow.open(o.timeline().get(), new UiState.AtHome(h));
        }
        if (intent instanceof Intent.OpenSources o) {
            return SourcesFlow.open(o.shelf().get(), new UiState.AtHome(h));
        }
        if (intent instanceof Intent.ShowPage p) {
            return new UiState.Reading(p.page().get(), 0, new UiState.AtHome(h));
        }
        Intent.StartQuiz q = (Intent.StartQuiz) intent;
        QuizPlan plan;
        try {
            plan = q.plan().get();
        } catch (HistoryException e) {
            // A review is planned from the history; when it cannot be read, say so on Home rather than end the UI.
            return new UiState.AtHome(h.withMessage("The history cannot be read: " + e.getMessage()));
        }
        return plan.isEmpty() ? new UiState.AtHome(h.withMessage("There are no questions to ask there now.")) : start(plan, q.options());
    }

    private UiState start(QuizPlan plan, QuizOptions options) {
        QuizSession s = settings.starter().start(plan, options);
        return s.finished() ? finish(s) : quiz.begin(s);
    }

    private UiState done(UiState.Done d, Intent i) {
        int missed = d.result().missed().size();
        if (i instanceof Intent.ToggleBreakdown) {
            return d.with(!d.bySource(), d.missed(), "", d.scroll());
        } else if (i instanceof Intent.Missed m && missed > 0) {
            return d.with(d.bySource(), Math.floorMod(d.missed() + m.delta(), missed), "", ResultsView.TO_MISSED);
        } else if (i instanceof Intent.Retry) {
            if (missed == 0) {
                return d.with(d.bySource(), d.missed(), "Nothing to retry: every answer was right.", d.scroll());
            }
            QuizPlan plan = QuizPlan.ofIds(bank, d.result().missedIds(), settings.seeds().getAsLong());
            return start(plan, d.session().options());
        } else if (i instanceof Intent.Close) {
            if (afterQuiz != null) {
                UiState back = afterQuiz;
                afterQuiz = null;
                return back;
            }
            if (home.isPresent()) {
                return new UiState.AtHome(lastHome);
            }
            done = true;
        }
        return state;
    }

    private boolean hasArticles() {
        return settings.articles() != ArticleShelf.NONE;
    }

    /** The article of the question's source at its passage; the quiz state is kept as it is to come back to. */
    private UiState toArticle(org.sourcequiz.model.Question q, UiState quizState) {
        if (!hasArticles()) {
            return state;
        }
        return SourcesFlow.atAnswer(settings.articles(), q.sourceId(), q.id(), quizState);
    }

    /** The quiz's clock on the article opened from it, which does not stop while the student reads. */
    private String timer(UiState back) {
        if (back instanceof UiState.Asking a) {
            return quiz.header(a.session(), a.presented()).timer();
        } else if (back instanceof UiState.Feedback f) {
            return quiz.header(f.session(), f.presented()).timer();
        }
        return "";
    }

    /** Going back from a view: to where it was opened from, or out of the UI when it was the first screen. */
    private UiState back(UiState to) {
        if (to == null) {
            done = true;
            return state;
        }
        return to;
    }

    private boolean inQuiz() {
        return state instanceof UiState.Asking || state instanceof UiState.Feedback;
    }

    /** Ends the running quiz, if any, and shows its result. */
    private void quitSession() {
        if (state instanceof UiState.InArticle a && (a.back() instanceof UiState.Asking || a.back() instanceof UiState.Feedback)) {
            state = a.back(); // reading an article in the middle of a quiz: that quiz is the one to end
        }
        QuizSession s = state instanceof UiState.Asking a ? a.session()
                : state instanceof UiState.Feedback f ? f.session() : null;
        if (s != null) {
            s.quit();
            state = finish(s);
        }
    }

    private UiState finish(QuizSession s) {
        QuizResult r = s.result();
        results.add(r);
        return new UiState.Done(s, r, false, 0, "", 0);
    }
}
