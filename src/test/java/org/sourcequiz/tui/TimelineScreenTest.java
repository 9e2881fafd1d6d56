package org.sourcequiz.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timeline screen: rules, markers and the legend; Enter shows passages, z quizzes on what is on screen, q goes back or leaves. */
class TimelineScreenTest {
    private static final List<String> IDS = List.of("fx-choice", "fx-multi", "fx-truefalse", "fx-number", "fx-date", "fx-text",
            "fx-order", "fx-match", "fx-open", "fx-extra-1", "fx-extra-2");
    private static final List<TimelineData.Marker> LEGEND = List.of(new TimelineData.Marker("A", "named"),
            new TimelineData.Marker("B", "unnamed"));

    private static TimelineData.Event event(int year, int month, String when, String text, boolean disagree, String... ids) {
        TextPage detail = new TextPage("Timeline · " + when, List.of("# " + text, "[A] “Armenia and India took part.”",
                "    — Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021 · " + String.join(", ", ids)));
        return new TimelineData.Event(year, month, when, disagree ? List.of("A", "B") : List.of("A"), text, disagree, List.of(ids), detail);
    }

    /** A few events over three years. */
    private static TimelineData small() {
        return new TimelineData(LEGEND, List.of(
                event(1999, 0, "1999", "Belarus and Russia form the Union State", false, "fx-choice"),
                event(2021, 9, "10–16 Sep", "Russia and Belarus hold the Zapad-2021 exercise", true, "fx-extra-1", "fx-extra-2"),
                event(2021, 11, "4 Nov", "The integration decree is to be signed", false, "fx-truefalse"),
                event(2022, 2, "24 Feb", "Russia invades Ukraine, partly from Belarus", false, "fx-number")));
    }

    /** Thirty events a month apart: the first eleven each ask their own question, the rest share two. */
    private static TimelineData many() {
        List<TimelineData.Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = i < IDS.size() ? IDS.get(i) : IDS.get(9 + i % 2);
            events.add(event(2020 + i / 12, 1 + i % 12, "1 " + (1 + i % 12), String.format("Event %02d", i), false, id));
        }
        return new TimelineData(LEGEND, events);
    }

    @Test
    void showsYearAndMonthRulesSourceMarkersAndTheLegend() {
        Harness h = Harness.timeline(100, 30, true, small());
        String s = h.text();
        assertThat(s).contains("sourcequiz · Timeline", "4 events", "Sources:", "A named", "B unnamed", "≠ the sources disagree");
        assertThat(s).contains("━━ 1999", "━━ 2021", "━━ 2022", "── September 2021 ──", "── November 2021 ──", "── February 2022 ──");
        assertThat(s).containsPattern("▸ 1999 +A +Belarus and Russia form the Union State");
        assertThat(s).containsPattern("10–16 Sep +A B +≠ Russia and Belarus hold the Zapad-2021 exercise");
        assertThat(s).contains("Event 1 of 4 · 1999 · 1 question");
        assertThat(s.indexOf("━━ 2021")).isLessThan(s.indexOf("September 2021")).isLessThan(s.indexOf("November 2021"));
    }

    @Test
    void enterShowsTheEventsPassagesWithTheirCitationAndEscComesBack() {
        Harness h = Harness.timeline(100, 30, true, small());
        h.press(KeyType.ArrowDown).enter();
        assertThat(h.flat()).contains("Timeline · 10–16 Sep", "“Armenia and India took part.”",
                "— Oksana Kuzan and Borys Grachov, “Integration or Imitation”, 30 September 2021 · fx-extra-1, fx-extra-2");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("▸ 10–16 Sep", "Event 2 of 4");
    }

    @Test
    void zQuizzesOnTheEventsOnScreenAndTheResultComesBackToTheTimeline() {
        Harness h = Harness.timeline(100, 30, true, small());
        h.type("z");
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id())
                .containsExactlyInAnyOrder("fx-choice", "fx-extra-1", "fx-extra-2", "fx-truefalse", "fx-number");
        assertThat(h.text()).contains("Question 1 of 5");
        h.type("q").type("y");
        assertThat(h.text()).contains("Result · practice");
        h.press(KeyType.Escape);
        assertThat(h.text()).contains("sourcequiz · Timeline", "4 events");
        h.type("q");
        assertThat(h.ui.done()).isTrue();
    }

    @Test
    void zTakesOnlyTheEventsOnScreenAfterScrolling() {
        Harness h = Harness.timeline(80, 24, false, many());
        Set<String> top = shownIds(h.text());
        h.type("z");
        assertThat(top.size()).isGreaterThan(3).isLessThan(IDS.size());
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id()).containsExactlyInAnyOrderElementsOf(top);
        h.type("q").type("y").press(KeyType.Escape);
        h.press(KeyType.End);
        assertThat(h.text()).contains("▸ 1 6", "Event 30 of 30").doesNotContain("Event 00");
        h.type("z");
        assertThat(h.session().plan().questions()).extracting(p -> p.question().id())
                .containsExactlyInAnyOrder("fx-extra-1", "fx-extra-2");
    }

    /** The question ids of the events whose rows are on the screen (the many() events' texts name their index). */
    private static Set<String> shownIds(String screen) {
        Set<String> ids = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Event (\\d\\d)").matcher(screen);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            ids.add(i < IDS.size() ? IDS.get(i) : IDS.get(9 + i % 2));
        }
        return ids;
    }

    @Test
    void pageDownMovesAScreenAndTheCursorStaysInSight() {
        Harness h = Harness.timeline(80, 24, false, many());
        h.press(KeyType.PageDown);
        String s = h.text();
        assertThat(s).doesNotContain("Event 1 of 30").contains("↑ more");
        int at = Integer.parseInt(s.replaceAll("(?s).*Event (\\d+) of 30.*", "$1"));
        assertThat(at).isGreaterThan(5);
        assertThat(s).contains(String.format("Event %02d", at - 1));
        h.press(KeyType.Home);
        assertThat(h.text()).contains("Event 1 of 30");
    }

    @Test
    void questionMarkListsTheKeys() {
        Harness h = Harness.timeline(100, 30, true, small());
        h.type("?");
        assertThat(h.flat()).contains("Help", "Enter shows the event's passages", "z starts a practice quiz", "q or Esc leaves",
                "Sources: A named; B unnamed;");
        h.type("x");
        assertThat(h.text()).doesNotContain("Any key closes");
    }

    @Test
    void fromHomeQGoesBackToHome() {
        HomeEntry timeline = new HomeEntry("Timeline", "dated events", new Intent.OpenTimeline(TimelineScreenTest::small));
        Harness h = Harness.home(100, 30, true, List.of(timeline));
        h.press(KeyType.ArrowDown, KeyType.ArrowDown, KeyType.ArrowDown).enter();
        assertThat(h.text()).contains("sourcequiz · Timeline", "q back");
        h.type("?");
        assertThat(h.flat()).contains("q or Esc goes back to Home");
        h.type("x").type("q");
        assertThat(h.text()).contains("Question sets");
        assertThat(h.ui.done()).isFalse();
    }

    @Test
    void fitsAt80By24And200By60WithoutColour() {
        for (int[] size : new int[][] {{80, 24}, {200, 60}}) {
            Harness h = Harness.timeline(size[0], size[1], false, many());
            String s = h.text();
            assertThat(s).contains("sourcequiz · Timeline", "━━ 2020", "── January 2020 ──", "A named", "Enter passages", "z quiz on these");
            assertThat(s.lines()).allMatch(l -> l.length() <= size[0]);
            assertThat(s.lines().count()).isEqualTo(size[1]);
            if (size[1] == 60) {
                assertThat(s).contains("━━ 2021", "Event 20");
            }
        }
    }

    @Test
    void anEmptyTimelineSaysWhy() {
        Harness h = Harness.timeline(80, 24, false, new TimelineData(LEGEND, List.of()));
        assertThat(h.text()).contains("0 events", "No dated events");
        h.enter().type("z");
        assertThat(h.text()).contains("! No questions on screen to quiz on.");
        assertThat(h.sessions).isEmpty();
    }
}
