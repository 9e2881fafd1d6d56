package org.sourcequiz.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcequiz.engine.DateAnswer;
import org.sourcequiz.engine.GivenDate;
import org.sourcequiz.engine.NumberAnswer;

/**
 * Turns the facts of an article into draft questions: a date or number question where the
 * article gives one value, a choice among the article's other dates, figures or speakers where it
 * gives a range, a rank, a day without a year or a quotation, a text question for a person's role,
 * and a match of speakers to their words. Every passage is the fact's own sentence(s), verbatim.
 */
public final class Drafter {
    private static final String GAP = "____";
    private static final int QUOTE_WORDS = 25;

    private Drafter() {}

    public static List<Draft> draft(Facts facts, String sourceId) {
        List<Draft> out = new ArrayList<>();
        boolean yearKnown = facts.published().isPresent();
        int n = 0;
        for (DateFact d : facts.dates()) {
            Draft q = date(facts, d, sourceId + "-date-" + (++n), yearKnown);
            if (q != null) {
                out.add(q);
            }
        }
        n = 0;
        for (FigureFact f : facts.figures()) {
            Draft q = figure(facts, f, sourceId + "-figure-" + (++n));
            if (q != null) {
                out.add(q);
            }
        }
        n = 0;
        for (QuoteFact q : facts.quotes()) {
            out.add(quote(facts, q, sourceId + "-quote-" + (++n)));
        }
        n = 0;
        for (Person p : facts.people()) {
            out.add(person(p, sourceId + "-person-" + (++n)));
        }
        Draft match = match(facts, sourceId + "-who-said-what");
        if (match != null) {
            out.add(match);
        }
        return out;
    }

    /** The passage with the fact blanked, in quotation marks unless the sentence opens with its own. */
    private static String cloze(Spot at, int start, int end) {
        String p = at.passage();
        String gapped = p.substring(0, start - at.passageStart()) + GAP + p.substring(end - at.passageStart());
        return gapped.startsWith("“") || gapped.startsWith("\"") ? gapped : "“" + gapped + "”";
    }

    private static Draft date(Facts facts, DateFact d, String id, boolean yearKnown) {
        Spot at = d.at();
        String gap = cloze(at, at.start(), at.end());
        if (!d.isRange() && (d.yearStated() || yearKnown)) {
            GivenDate g = d.date();
            String iso = g.year() + (g.month() == 0 ? "" : "-" + two(g.month()) + (g.day() == 0 ? "" : "-" + two(g.day())));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("answer", iso);
            String shown = DateAnswer.format(g);
            String explain = "The article gives the date as “" + at.text() + "”: " + shown + "."
                    + (d.yearStated() ? "" : " The sentence states no year; " + g.year() + " is the year of the article's own date.");
            return new Draft(id, "date", "Which date fills the gap? " + gap, f, at.passage(), List.of(at.text()), explain,
                    FactKind.DATE, at.line());
        }
        List<String> options = options(at.text(), facts.dates().stream().filter(o -> o.isRange() == d.isRange())
                .map(o -> o.at().text()).toList(), facts.dates().stream().map(o -> o.at().text()).toList());
        if (options.size() < 2) {
            return null;
        }
        return choice(id, "Which date fills the gap? " + gap, options, at.text(), at,
                "The article writes “" + at.text() + "” here" + (d.isRange() ? ", a span of dates." : ".")
                        + " The other options are dates the same article gives for other events.", FactKind.DATE);
    }

    private static Draft figure(Facts facts, FigureFact f, String id) {
        Spot at = f.at();
        String gap = cloze(at, f.numberStart(), f.numberEnd());
        if (f.rank()) {
            List<String> ranks = new ArrayList<>(List.of("second", "third", "fourth", "fifth", "sixth", "seventh"));
            String answer = f.number();
            List<String> options = options(answer, facts.figures().stream().filter(FigureFact::rank).map(FigureFact::number).toList(),
                    ranks.stream().map(r -> Character.isUpperCase(answer.charAt(0)) ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r).toList());
            return choice(id, "Which word fills the gap? " + gap, options, answer, at,
                    "The article says “" + at.text() + "”.", FactKind.FIGURE);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        String unit = f.unit();
        String shown;
        if (f.high() != null) {
            fields.put("range", List.of(f.value(), f.high()));
            shown = NumberAnswer.format(f.value()) + " to " + NumberAnswer.format(f.high());
        } else {
            fields.put("answer", f.value());
            shown = NumberAnswer.format(f.value());
        }
        if (!unit.isEmpty()) {
            fields.put("unit", unit);
        }
        String explain = "The article gives the figure as “" + f.number() + "”" + (f.number().equals(shown) ? "" : ", that is " + shown)
                + (unit.isEmpty() ? "." : " (" + unit + ").") + (f.high() != null ? " Any figure in that range is accepted." : "");
        return new Draft(id, "number", "Which figure fills the gap" + (unit.equals("US dollars") ? " (in US dollars)" : "") + "? " + gap,
                fields, at.passage(), List.of(f.number()), explain, FactKind.FIGURE, at.line());
    }

    private static Draft quote(Facts facts, QuoteFact q, String id) {
        Spot at = q.at();
        String words = clip(q.words());
        Set<String> others = new LinkedHashSet<>();
        facts.quotes().forEach(o -> others.add(o.speaker()));
        facts.people().forEach(p -> others.add(p.name()));
        List<String> options = options(q.speaker(), List.copyOf(others), List.of());
        String how = switch (q.attribution()) {
            case DIRECT -> "quotes these words";
            case REPORTED -> "reports this statement";
            case ACCORDING_TO -> "gives this on the authority";
        };
        String explain = "The article " + how + " of " + q.speaker() + (q.role().isEmpty() ? "" : " (" + q.role() + ")") + ".";
        String prompt = q.attribution() == QuoteFact.Attribution.ACCORDING_TO
                ? "According to whom, in the article: “" + words + "”?"
                : "Whom does the article quote or report as saying: “" + words + "”?";
        if (options.size() < 2) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("answers", nameVariants(q.speaker()));
            return new Draft(id, "text", prompt, fields, at.passage(), List.of(), explain, FactKind.QUOTE, at.line());
        }
        return choice(id, prompt, options, q.speaker(), at, explain + " The other options are people the same article names.", FactKind.QUOTE);
    }

    private static Draft person(Person p, String id) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("answers", nameVariants(p.name()));
        return new Draft(id, "text", "Whom does the article describe as “" + p.role() + "”? (name)", fields, p.at().passage(),
                List.of(p.name()), "The article names " + p.name() + " as " + p.role() + ".", FactKind.QUOTE, p.at().line());
    }

    private static Draft match(Facts facts, String id) {
        Map<String, QuoteFact> bySpeaker = new LinkedHashMap<>();
        for (QuoteFact q : facts.quotes()) {
            if (q.attribution() == QuoteFact.Attribution.DIRECT && q.speaker().split(" ").length >= 2) {
                bySpeaker.putIfAbsent(q.speaker(), q);
            }
        }
        if (bySpeaker.size() < 3) {
            return null;
        }
        List<Map<String, String>> pairs = new ArrayList<>();
        List<String> rights = new ArrayList<>();
        QuoteFact first = null;
        for (QuoteFact q : bySpeaker.values()) {
            if (pairs.size() == 4) {
                break;
            }
            String right = "“" + clip(q.words(), 10) + "”";
            if (rights.contains(right)) {
                continue;
            }
            rights.add(right);
            Map<String, String> pair = new LinkedHashMap<>();
            pair.put("left", q.speaker());
            pair.put("right", right);
            pairs.add(pair);
            first = first == null ? q : first;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("pairs", pairs);
        return new Draft(id, "match", "Match each speaker to the words the article quotes.", fields, first.at().passage(),
                List.of(), "Each pair is a direct quotation and the speaker the article gives for it; the passage is the first of them.",
                FactKind.QUOTE, first.at().line());
    }

    private static Draft choice(String id, String prompt, List<String> options, String answer, Spot at, String explain, FactKind kind) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("choices", options);
        fields.put("answer", answer);
        return new Draft(id, "choice", prompt, fields, at.passage(), List.of(at.text()), explain, kind, at.line());
    }

    /** The answer and up to three distinct others, preferred ones first, in a fixed order that hides the answer's place. */
    private static List<String> options(String answer, List<String> preferred, List<String> fallback) {
        Set<String> picked = new LinkedHashSet<>();
        picked.add(answer);
        for (List<String> list : List.of(preferred, fallback)) {
            for (String o : list) {
                if (picked.size() < 4 && !o.equalsIgnoreCase(answer) && picked.stream().noneMatch(o::equalsIgnoreCase)) {
                    picked.add(o);
                }
            }
        }
        List<String> out = new ArrayList<>(picked);
        out.sort(String.CASE_INSENSITIVE_ORDER);
        return out;
    }

    private static List<String> nameVariants(String name) {
        String[] parts = name.split(" ");
        return parts.length > 1 && Character.isUpperCase(parts[0].charAt(0)) ? List.of(name, parts[parts.length - 1]) : List.of(name);
    }

    private static String clip(String words) {
        return clip(words, QUOTE_WORDS);
    }

    private static String clip(String words, int max) {
        String w = words.strip().replaceAll("[,:;\\s]+$", "");
        String[] parts = w.split("\\s+");
        return parts.length <= max ? w : String.join(" ", java.util.Arrays.copyOf(parts, max)) + " …";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static boolean isNumber(Object o) {
        return o instanceof BigDecimal;
    }
}
