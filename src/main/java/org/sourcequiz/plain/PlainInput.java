package org.sourcequiz.plain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.engine.Parsed;
import org.sourcequiz.engine.Presented;
import org.sourcequiz.engine.Rating;
import org.sourcequiz.engine.Response;

/**
 * Turns one typed line into a {@link Response} for the shown question: {@code 2} or {@code b} for
 * choice, {@code 1,3} for multi, {@code t}/{@code f} for true/false, {@code 3 1 2} for order,
 * {@code 1b 2a 3c} for match, the text itself for number, date and text. Ranges and parsing of
 * typed values are checked by the session afterwards; this only reads the shape.
 */
final class PlainInput {
    private PlainInput() {}

    /**
     * At most three digits, like option numbers: a longer run is not an item number, and would
     * overflow an int. The spaces are possessive: with backtracking, a digit followed by thousands
     * of spaces took seconds to refuse.
     */
    private static final Pattern PAIR = Pattern.compile("(\\d{1,3})\\s*+[-:=>.]?\\s*+([a-z])");

    static Parsed<Response> parse(String line, Presented p) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Parsed.rejected("type an answer, or :skip (:help for how)");
        }
        return switch (p.kind()) {
            case CHOICE -> {
                List<Integer> picks = options(s);
                yield picks.size() == 1 ? Parsed.ok(Response.choice(picks.get(0)))
                        : Parsed.rejected("type one option number, 1 to " + p.options().size());
            }
            case MULTI -> {
                List<Integer> picks = options(s);
                yield picks.isEmpty() ? Parsed.rejected("type the option numbers, e.g. 1,3")
                        : Parsed.ok(Response.multi(new LinkedHashSet<>(picks)));
            }
            case TRUEFALSE -> switch (s) {
                case "t", "true", "y", "yes" -> Parsed.ok(Response.trueFalse(true));
                case "f", "false", "n", "no" -> Parsed.ok(Response.trueFalse(false));
                default -> Parsed.rejected("type t (true) or f (false)");
            };
            case NUMBER, DATE, TEXT, OPEN -> Parsed.ok(Response.typed(line.strip()));
            case ORDER -> {
                List<Integer> order = numbers(s, p.options().size());
                yield order.isEmpty() ? Parsed.rejected("type the item numbers in order, e.g. 3 1 2")
                        : Parsed.ok(Response.order(order));
            }
            case MATCH -> match(s);
        };
    }

    /** Option numbers ({@code 2}, {@code 1,3}, {@code 1 3}) or letters ({@code b}, {@code a,c}); empty when unreadable. */
    static List<Integer> options(String s) {
        List<Integer> out = new ArrayList<>();
        for (String t : s.split("[\\s,;]+")) {
            if (t.matches("\\d{1,3}")) {
                out.add(Integer.parseInt(t) - 1);
            } else if (t.matches("[a-z]")) {
                out.add(t.charAt(0) - 'a');
            } else {
                return List.of();
            }
        }
        return out;
    }

    /** {@code 3 1 2}, {@code 3,1,2}, or {@code 312} when there are fewer than ten items. */
    private static List<Integer> numbers(String s, int items) {
        if (items < 10 && s.matches("\\d{2,9}")) {
            return s.chars().mapToObj(c -> c - '1').toList();
        }
        List<Integer> out = new ArrayList<>();
        for (String t : s.split("[\\s,;]+")) {
            if (!t.matches("\\d{1,3}")) {
                return List.of();
            }
            out.add(Integer.parseInt(t) - 1);
        }
        return out;
    }

    private static Parsed<Response> match(String s) {
        Map<Integer, Integer> pairs = new HashMap<>();
        Matcher m = PAIR.matcher(s);
        int end = 0;
        while (m.find()) {
            if (!s.substring(end, m.start()).matches("[\\s,;]*")) {
                return Parsed.rejected("type each item number with a letter, e.g. 1b 2a 3c");
            }
            int left = Integer.parseInt(m.group(1)) - 1;
            if (pairs.put(left, m.group(2).charAt(0) - 'a') != null) {
                return Parsed.rejected("item " + (left + 1) + " is matched twice");
            }
            end = m.end();
        }
        if (pairs.isEmpty() || !s.substring(end).isBlank()) {
            return Parsed.rejected("type each item number with a letter, e.g. 1b 2a 3c");
        }
        return Parsed.ok(Response.match(pairs));
    }

    /** A flashcard rating: 1–4 or again/hard/good/easy. */
    static Parsed<Rating> rating(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "1", "again", "a" -> Parsed.ok(Rating.AGAIN);
            case "2", "hard", "h" -> Parsed.ok(Rating.HARD);
            case "3", "good", "g" -> Parsed.ok(Rating.GOOD);
            case "4", "easy", "e" -> Parsed.ok(Rating.EASY);
            default -> Parsed.rejected("rate 1 (again), 2 (hard), 3 (good) or 4 (easy)");
        };
    }

    static Set<String> commands() {
        return Set.of(":skip", ":quit", ":help", ":time");
    }
}
