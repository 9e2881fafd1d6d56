package org.sourcequiz.authoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.engine.DateAnswer;
import org.sourcequiz.engine.GivenDate;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.Source;
import org.sourcequiz.model.TextQuestion;

/**
 * Recall of the fact finder against the bundled bank: of the dates, figures and quotations the
 * bank asks (its date and number questions, and every question tagged quote or who-said-it), the
 * share the finder also finds in the same place of the article. A date counts when a date fact of
 * the same value (to the question's precision; a range counts when it starts or ends there)
 * overlaps the question's passage; a figure when a figure of the same value (or range) does; a
 * quotation when a quote fact overlaps the passage and its speaker's surname is in the question's
 * answer, prompt or explanation. Run: bench/draft-recall.sh [SEEDS_DIR] (prints the misses too).
 */
public final class DraftRecall {
    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args.length > 0 ? args[0] : "../shared/seeds");
        LoadResult bank = new BankLoader(Path.of("").toAbsolutePath()).loadBundledFiles();
        int[] asked = new int[3];
        int[] found = new int[3];
        List<String> misses = new ArrayList<>();
        for (Source s : bank.bank().sources()) {
            Path file = seeds.resolve(s.file());
            Facts facts = FactFinder.find(ArticleReader.read(file.toString(), s.file(), Files.readAllBytes(file)));
            FoldedText text = new FoldedText(facts.article().text());
            for (Question q : bank.bank().questions()) {
                if (!q.sourceId().equals(s.id())) {
                    continue;
                }
                List<int[]> at = text.find(q.passage());
                int kind = q instanceof DateQuestion ? 0 : q instanceof NumberQuestion ? 1
                        : q.tags().contains("quote") || q.tags().contains("who-said-it") ? 2 : -1;
                if (kind < 0 || at.isEmpty()) {
                    continue;
                }
                asked[kind]++;
                boolean hit = switch (kind) {
                    case 0 -> facts.dates().stream().anyMatch(d -> overlaps(d.at(), at) && sameDate(d, (DateQuestion) q, facts.published().isEmpty()));
                    case 1 -> facts.figures().stream().anyMatch(f -> overlaps(f.at(), at) && sameFigure(f, (NumberQuestion) q));
                    default -> facts.quotes().stream().anyMatch(f -> overlapsPassage(f.at(), at) && speakerNamed(f, q));
                };
                if (hit) {
                    found[kind]++;
                } else {
                    misses.add(new String[] {"date", "figure", "quote"}[kind] + " " + q.id() + ": " + q.passage().replaceAll("\\s+", " "));
                }
            }
        }
        String[] names = {"dates", "figures", "quotes"};
        int totalAsked = 0;
        int totalFound = 0;
        for (int k = 0; k < 3; k++) {
            System.out.printf(Locale.ROOT, "%-8s %3d of %3d  %5.1f%%%n", names[k], found[k], asked[k], 100.0 * found[k] / asked[k]);
            totalAsked += asked[k];
            totalFound += found[k];
        }
        System.out.printf(Locale.ROOT, "%-8s %3d of %3d  %5.1f%%%n", "all", totalFound, totalAsked, 100.0 * totalFound / totalAsked);
        System.out.println();
        System.out.println("missed:");
        misses.forEach(m -> System.out.println("  " + m));
    }

    private static boolean overlaps(Spot spot, List<int[]> ranges) {
        return ranges.stream().anyMatch(r -> r[0] < spot.end() && spot.start() < r[1]);
    }

    private static boolean overlapsPassage(Spot spot, List<int[]> ranges) {
        return ranges.stream().anyMatch(r -> r[0] < spot.passageEnd() && spot.passageStart() < r[1]);
    }

    /** In an undated article a day or month without a year is drafted as a choice of day and month: the year is not compared. */
    private static boolean sameDate(DateFact d, DateQuestion q, boolean undated) {
        GivenDate given = DateAnswer.of(q.date(), q.precision());
        GivenDate want = undated && !d.yearStated() ? new GivenDate(d.date().year(), given.month(), given.day()) : given;
        return cut(d.date(), want).equals(want) || d.isRange() && cut(d.until(), want).equals(want);
    }

    private static GivenDate cut(GivenDate d, GivenDate like) {
        return new GivenDate(d.year(), like.month() == 0 ? 0 : d.month(), like.day() == 0 ? 0 : d.day());
    }

    private static boolean sameFigure(FigureFact f, NumberQuestion q) {
        if (q.value() != null) {
            return f.value().compareTo(q.value()) == 0 || f.high() != null && f.high().compareTo(q.value()) == 0;
        }
        return f.value().compareTo(q.low()) == 0 && f.high() != null && f.high().compareTo(q.high()) == 0;
    }

    private static boolean speakerNamed(QuoteFact f, Question q) {
        String surname = f.speaker().replaceFirst(".*\\s", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(q.prompt()).append(' ').append(q.stem().explain());
        if (q instanceof ChoiceQuestion c) {
            b.append(' ').append(c.answerText());
        } else if (q instanceof TextQuestion t) {
            b.append(' ').append(String.join(" ", t.accepted()));
        } else if (q instanceof MatchQuestion m) {
            m.pairs().forEach(p -> b.append(' ').append(p.left()));
        }
        return b.toString().toLowerCase(Locale.ROOT).contains(surname);
    }
}
