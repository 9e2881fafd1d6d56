package org.sourcequiz.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Source;
import org.sourcequiz.text.EditDistance;
import org.sourcequiz.text.Typography;

/**
 * Checks that every passage is really in its article, comparing after folding only white space
 * and typographic quotes, apostrophes and dashes. A mismatch names the closest run of sentences
 * in the article, so the author can see what differs.
 */
public final class PassageChecker {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…”\"])\\s+");
    private static final int MAX_SHOWN = 160;
    /**
     * Finding the closest sentences costs passage length × article length; a passage far longer
     * than three sentences is not a near miss worth that, and a huge one would hang validate.
     */
    private static final int MAX_COMPARED = 2_000;

    private final Path sourcesDir;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    public PassageChecker(Path sourcesDir) {
        this.sourcesDir = sourcesDir;
    }

    /** Problems for every passage not found in its source's text. */
    public List<Problem> check(Bank bank, Map<String, Location> questionLocations) {
        List<Problem> problems = new ArrayList<>();
        for (QuestionSet set : bank.sets()) {
            for (Question q : set.questions()) {
                Location at = questionLocations.getOrDefault(q.id(), Location.START);
                Optional<Source> source = bank.source(q.sourceId());
                // An imported set's questions may have no passage to check.
                if (source.isEmpty() || q.passage().isEmpty()) {
                    continue;
                }
                Optional<String> text = text(source.get());
                if (text.isEmpty()) {
                    problems.add(new Problem(set.origin(), at.line(), at.column(), Problem.Severity.ERROR, q.id(),
                            "the text of source `" + source.get().id() + "` is not in " + sourcesDir,
                            "expected the file " + source.get().file()));
                    continue;
                }
                String passage = Typography.fold(q.passage());
                if (!text.get().contains(passage)) {
                    problems.add(new Problem(set.origin(), at.line(), at.column(), Problem.Severity.ERROR, q.id(),
                            "the passage is not in " + source.get().file(),
                            passage.length() > MAX_COMPARED ? "quote one to three sentences of the article"
                                    : "closest in the article: “" + shorten(closest(text.get(), passage)) + "”"));
                }
            }
        }
        return problems;
    }

    private Optional<String> text(Source s) {
        return texts.computeIfAbsent(s.id(), id -> {
            Path file = sourcesDir.resolve(s.file());
            try {
                return Optional.of(Typography.fold(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The run of one to three sentences of {@code text} with the fewest edits to {@code passage}. */
    static String closest(String text, String passage) {
        String[] sentences = SENTENCE_END.split(text);
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < sentences.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int n = 0; n < 3 && i + n < sentences.length; n++) {
                if (n > 0) {
                    run.append(' ');
                }
                run.append(sentences[i + n]);
                if (Math.abs(run.length() - passage.length()) > Math.max(passage.length(), 40)) {
                    continue;
                }
                int d = EditDistance.between(run, passage);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = run.toString();
                }
            }
        }
        return best;
    }

    private static String shorten(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }
}
