package org.sourcequiz.explore;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcequiz.bank.EventLine;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;

/**
 * The bank's dated facts in date order. A question is on the timeline when it has an
 * {@code event:} line or is a date question; its date is the event line's prefix, else a date
 * question's answer, else the one date its passage states (a question with no date is left
 * out). Questions whose event texts are the same, ignoring case and spacing, are one event.
 * Draft questions are left out, as quizzes leave them out.
 */
public final class Timeline {
    /** The set of questions written on the places where the sources disagree. */
    public static final String DISAGREE_SET = "sources-disagree";
    /** The tag of such a question in any set. */
    public static final String DISAGREE_TAG = "disagreement";
    /** Put before the prompt of a date question that has no event line: it is a question, not a statement. */
    public static final String QUESTION_MARK = "(question) ";

    private Timeline() {}

    /** One question's part in an event. */
    private record Dated(Question question, QuestionSet set, EventDate date, String text) {}

    public static List<TimelineEvent> of(Bank bank) {
        Map<String, List<Dated>> groups = new LinkedHashMap<>();
        for (QuestionSet set : bank.sets()) {
            for (Question q : set.questions()) {
                if (!q.draft()) {
                    dated(q, set).ifPresent(d -> groups.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d));
                }
            }
        }
        Comparator<String> sourceOrder = sourceOrder(bank);
        List<TimelineEvent> events = new ArrayList<>();
        groups.values().forEach(g -> events.add(event(g, sourceOrder)));
        events.sort(Comparator.comparing(TimelineEvent::date, EventDate.ORDER)
                .thenComparing(e -> e.text().toLowerCase(Locale.ROOT)));
        return List.copyOf(events);
    }

    /**
     * The events that any of {@code sources} states (all when none is given) and that overlap the
     * months or years from {@code from} to {@code to}; each event is kept whole, with all its sources.
     */
    public static List<TimelineEvent> filter(List<TimelineEvent> events, Collection<String> sources,
                                             Optional<Bound> from, Optional<Bound> to) {
        Set<String> wanted = Set.copyOf(sources);
        return events.stream()
                .filter(e -> wanted.isEmpty() || e.sources().stream().anyMatch(wanted::contains))
                .filter(e -> from.isEmpty() || !e.date().last().isBefore(from.get().first()))
                .filter(e -> to.isEmpty() || !e.date().first().isAfter(to.get().last()))
                .toList();
    }

    /** A {@code --from} or {@code --to} month or year: {@code 2021} or {@code 2021-09}. */
    public record Bound(LocalDate first, LocalDate last) {
        /** Throws IllegalArgumentException, saying what is wrong, when {@code text} is not YYYY or YYYY-MM. */
        public static Bound parse(String text) {
            String s = text.strip();
            try {
                if (s.matches("\\d{4}")) {
                    int y = Integer.parseInt(s);
                    return new Bound(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
                }
                if (s.matches("\\d{4}-\\d{2}")) {
                    int month = Integer.parseInt(s.substring(5));
                    if (month < 1 || month > 12) {
                        throw new IllegalArgumentException("`" + s + "` has no month " + month + ": months are 01 to 12");
                    }
                    YearMonth ym = YearMonth.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
                    return new Bound(ym.atDay(1), ym.atEndOfMonth());
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("`" + s + "` is no real month: " + e.getMessage());
            }
            throw new IllegalArgumentException("`" + s + "` is not a year or a month: write YYYY or YYYY-MM, e.g. 2021 or 2021-09");
        }
    }

    private static Optional<Dated> dated(Question q, QuestionSet set) {
        String event = q.stem().event().strip();
        EventLine line;
        try {
            line = EventLine.parse(event);
        } catch (EventLine.Malformed e) {
            // The bank reports it as an error; a bank read without validation still shows the event, by its other dates.
            line = new EventLine(null, null, null, event);
        }
        Optional<EventDate> date;
        if (line.dated()) {
            date = Optional.of(new EventDate(line.start(), line.end(), line.precision()));
        } else if (q instanceof DateQuestion d) {
            date = Optional.of(EventDate.of(d.date(), d.precision()));
        } else if (!event.isEmpty()) {
            date = PassageDate.single(q.passage());
        } else {
            date = Optional.empty();
        }
        String text = event.isEmpty() ? QUESTION_MARK + q.prompt().strip() : line.text();
        return date.map(d -> new Dated(q, set, d, text));
    }

    /** Same text, same event; a date question without an event line is an event of its own. */
    private static String key(Dated d) {
        if (d.question().stem().event().isBlank()) {
            return "\u0000" + d.question().id();
        }
        return d.text().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static TimelineEvent event(List<Dated> group, Comparator<String> sourceOrder) {
        Map<String, List<Dated>> bySource = new LinkedHashMap<>();
        group.stream().sorted(Comparator.comparing(d -> d.question().sourceId(), sourceOrder))
                .forEach(d -> bySource.computeIfAbsent(d.question().sourceId(), k -> new ArrayList<>()).add(d));
        EventDate date = group.stream().map(Dated::date)
                .min(Comparator.comparing((EventDate d) -> d.precision().ordinal()).thenComparing(EventDate.ORDER))
                .orElseThrow();
        List<String> questions = group.stream().map(d -> d.question().id()).toList();
        return new TimelineEvent(date, group.get(0).text(), List.copyOf(bySource.keySet()), questions,
                passages(group), disagreement(group, bySource));
    }

    private static List<TimelineEvent.Cited> passages(List<Dated> group) {
        Map<List<String>, List<String>> byPassage = new LinkedHashMap<>();
        for (Dated d : group) {
            byPassage.computeIfAbsent(List.of(d.question().sourceId(), d.question().passage()), k -> new ArrayList<>())
                    .add(d.question().id());
        }
        List<TimelineEvent.Cited> out = new ArrayList<>();
        byPassage.forEach((k, ids) -> out.add(new TimelineEvent.Cited(k.get(0), k.get(1), ids)));
        return out;
    }

    /**
     * Sources disagree when two of them give dates that differ (neither holds the other: September
     * 2021 and 10 September 2021 agree), or when an event stated by two or more sources has a
     * question written on a disagreement (in the sources-disagree set or tagged disagreement).
     */
    private static Optional<TimelineEvent.Disagreement> disagreement(List<Dated> group, Map<String, List<Dated>> bySource) {
        boolean datesDiffer = false;
        for (Dated a : group) {
            for (Dated b : group) {
                if (!a.question().sourceId().equals(b.question().sourceId()) && !a.date().agrees(b.date())) {
                    datesDiffer = true;
                }
            }
        }
        boolean flagged = bySource.size() >= 2 && group.stream().anyMatch(Timeline::onDisagreement);
        if (!datesDiffer && !flagged) {
            return Optional.empty();
        }
        List<TimelineEvent.Version> versions = new ArrayList<>();
        // A source's version is told by its question written on the disagreement when it has one: its
        // passage is the one that differs, where the first question's may only set the scene.
        bySource.forEach((source, ds) -> {
            Dated told = ds.stream().filter(Timeline::onDisagreement).findFirst().orElse(ds.get(0));
            versions.add(new TimelineEvent.Version(source, told.date(), told.question().passage(),
                    ds.stream().map(d -> d.question().id()).toList()));
        });
        return Optional.of(new TimelineEvent.Disagreement(versions));
    }

    private static boolean onDisagreement(Dated d) {
        return d.set().id().equals(DISAGREE_SET) || d.question().tags().contains(DISAGREE_TAG);
    }

    private static Comparator<String> sourceOrder(Bank bank) {
        List<String> ids = bank.sources().stream().map(Source::id).toList();
        return Comparator.comparing((String id) -> ids.contains(id) ? ids.indexOf(id) : ids.size()).thenComparing(id -> id);
    }
}
