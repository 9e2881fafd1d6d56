package org.sourcequiz.tui;

import java.util.function.Supplier;
import org.sourcequiz.engine.QuizOptions;
import org.sourcequiz.engine.QuizPlan;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.SelfGrade;

/**
 * What the user means by a key, as a screen reads it. Screens turn keys into intents; the
 * {@link Controller} turns intents into a new state. The two records at the top are also what
 * an extra Home entry ({@link HomeEntry}) does when chosen.
 */
public sealed interface Intent {
    /** Start a quiz on the plan the supplier gives (e.g. the questions due for review). */
    record StartQuiz(Supplier<QuizPlan> plan, QuizOptions options) implements Intent {}

    /** Show a page of text (e.g. statistics); Esc goes back. */
    record ShowPage(Supplier<TextPage> page) implements Intent {}

    /** Open the search screen on what the supplier gives. */
    record OpenSearch(Supplier<SearchSource> source) implements Intent {}

    /** Open the timeline screen on what the supplier gives. */
    record OpenTimeline(Supplier<TimelineData> timeline) implements Intent {}

    /** Timeline: a quiz on the questions of the events on screen. */
    record QuizOnScreen() implements Intent {}
    /** Open the list of sources the supplier gives. */
    record OpenSources(Supplier<ArticleShelf> shelf) implements Intent {}

    /** After an answer: the article of its source, at its passage; q comes back. */
    record OpenArticle() implements Intent {}

    /** Article view: the next ({@code delta} 1) or previous (-1) cited passage. */
    record NextPassage(int delta) implements Intent {}

    /** Move the selection by {@code delta} rows. */
    record Move(int delta) implements Intent {}

    /** Select option, item or row {@code index} (0-based). */
    record Pick(int index) implements Intent {}

    /** Space: toggle the option under the cursor, pick up or put down an item. */
    record Toggle() implements Intent {}

    /** Enter: answer, go on, start. */
    record Submit() implements Intent {}

    record Skip() implements Intent {}

    record TypeChar(char c) implements Intent {}

    /** Text cursor: LEFT, RIGHT, HOME, END. */
    record Caret(CaretMove move) implements Intent {}

    enum CaretMove { LEFT, RIGHT, HOME, END }

    /** Backspace ({@code forward} false) or Delete. */
    record Erase(boolean forward) implements Intent {}

    /** match: pair the item under the cursor with right-hand value {@code right}. */
    record PairWith(int right) implements Intent {}

    /** match: undo the pairing of the item under the cursor. */
    record Unpair() implements Intent {}

    /** flashcard: turn the card over. */
    record Reveal() implements Intent {}

    record Rate(Rating rating) implements Intent {}

    /** open: the student's rating of their own answer against the model answer. */
    record Assess(SelfGrade grade) implements Intent {}

    /** Scroll by {@code lines}; by {@code pages} of the visible height when pages is not 0. */
    record Scroll(int lines, int pages) implements Intent {}

    /** Home: change the setting under the cursor by {@code delta}. */
    record Change(int delta) implements Intent {}

    /** Home: next value of a setting, from its letter key. */
    record Cycle(HomeSetting setting) implements Intent {}

    /** Home: jump to the next group of rows (sets, settings). */
    record NextGroup() implements Intent {}

    /** Results: switch the chart between tags and sources. */
    record ToggleBreakdown() implements Intent {}

    /** Results: page through the missed questions. */
    record Missed(int delta) implements Intent {}

    /** Results: a new quiz on the questions missed. */
    record Retry() implements Intent {}

    /** q or Esc in a quiz: ask before leaving it. */
    record AskQuit() implements Intent {}

    /** The answer to a yes/no box. */
    record Confirm(boolean yes) implements Intent {}

    /** Leave this screen (results, a page) or, from Home, the program. */
    record Close() implements Intent {}

    record ShowHelp() implements Intent {}

    record CloseHelp() implements Intent {}

    /** Ctrl-C: leave now, wherever we are. */
    record Interrupt() implements Intent {}
}
