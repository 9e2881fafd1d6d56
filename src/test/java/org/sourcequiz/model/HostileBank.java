package org.sourcequiz.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcequiz.text.TerminalSafety;

/**
 * A bank built in code, past validation, with terminal controls in every text it holds: what a
 * renderer would get if validation ever missed something. The second guard must still hold.
 */
public final class HostileBank {
    /**
     * ESC sequences (colour, window title, clear screen), other C0 controls, DEL, C1 controls
     * (CSI among them), and every bidi override, isolate and mark.
     */
    public static final String BAD = "\u001b[31m\u001b]0;pwned\u0007\u001b[2J\u0000\u0008\u0009\u000b\u000c\r\u001f"
            + "\u007f\u0080\u0085\u009b6n\u009f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";

    private HostileBank() {}

    /** {@code text} with the bad characters in the middle, so trimming cannot drop them. */
    public static String bad(String text) {
        return text + " " + BAD + " " + text;
    }

    public static final List<String> IDS = List.of("c", "m", "t", "n", "d", "x", "o", "p").stream()
            .map(HostileBank::bad).toList();

    public static Bank bank() {
        Source source = new Source("s", bad("Title"), List.of(bad("Ann"), bad("Bob")),
                new Published(bad("2021-09-30"), true, bad("reason")), bad("outlet"), bad("note"), bad("file"));
        List<Question> qs = List.of(
                new ChoiceQuestion(stem(0), List.of(bad("right"), bad("wrong")), 0),
                new MultiQuestion(stem(1), List.of(bad("one"), bad("two"), bad("three")), List.of(0, 2)),
                new TrueFalseQuestion(stem(2), true),
                NumberQuestion.exact(stem(3), new BigDecimal("200000"), new BigDecimal("5"), bad("personnel")),
                new DateQuestion(stem(4), LocalDate.of(2021, 9, 9), DatePrecision.DAY),
                new TextQuestion(stem(5), List.of(bad("Krūms"), bad("Krums"))),
                new OrderQuestion(stem(6), List.of(bad("first"), bad("second"), bad("third"))),
                new MatchQuestion(stem(7), List.of(new MatchQuestion.Pair(bad("left1"), bad("right1")),
                        new MatchQuestion.Pair(bad("left2"), bad("right2"))), List.of(bad("distractor"))));
        QuestionSet set = new QuestionSet(bad("set"), bad("Set title"), bad("description"), List.of(bad("tag")), qs, bad("origin"));
        return new Bank(List.of(source), List.of(set));
    }

    private static Stem stem(int i) {
        String passage = bad("passage");
        return new Stem(IDS.get(i), bad("prompt"), "s", passage, bad("explain"), List.of(bad("tag")), 1, 1,
                List.of(passage.substring(8, 30)));
    }

    /** The unsafe code points in {@code text}, named, or empty when there are none. */
    public static String unsafeIn(String text) {
        return text.codePoints().filter(TerminalSafety::isUnsafe).mapToObj(TerminalSafety::describe)
                .distinct().collect(Collectors.joining(" "));
    }
}
