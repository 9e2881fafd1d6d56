package org.sourcequiz.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.model.Question;

/**
 * What to highlight in a question's passage: the author's {@code highlight} list when the question
 * has one (it is checked to be in the passage and says what the author meant to point at), else
 * each part of the answer that the passage contains. Returned as exact substrings of the passage.
 */
final class Highlights {
    private Highlights() {}

    static List<String> of(Question q) {
        List<String> wanted = q.stem().highlights().isEmpty() ? Expected.parts(q) : q.stem().highlights();
        List<String> found = new ArrayList<>();
        for (String w : wanted) {
            // A part inside one already found (Krūms in Gatis Krūms) would only mark the same words twice.
            find(q.passage(), w).filter(s -> found.stream().noneMatch(f -> f.contains(s))).ifPresent(found::add);
        }
        return found;
    }

    /** {@code needle} in {@code passage}, ignoring case, spacing and typographic variants; as the passage spells it. */
    static java.util.Optional<String> find(String passage, String needle) {
        if (needle.isBlank()) {
            return java.util.Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        String n = needle.strip();
        if (Character.isLetterOrDigit(n.charAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                regex.append("\\s+");
                while (i + 1 < n.length() && Character.isWhitespace(n.charAt(i + 1))) {
                    i++;
                }
            } else {
                String folded = org.sourcequiz.text.Typography.fold(String.valueOf(c));
                regex.append(switch (folded) {
                    case "-" -> "[-\u2010-\u2015\u2212]";
                    case "'" -> "['\u2018\u2019\u201A\u201B\u2032\u00B4`]";
                    case "\"" -> "[\"\u201C-\u201F\u2033\u00AB\u00BB]";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
        }
        if (Character.isLetterOrDigit(n.charAt(n.length() - 1))) {
            regex.append("(?![\\p{L}\\p{N}])");
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(passage);
        return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
    }
}
