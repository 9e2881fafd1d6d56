package org.sourcequiz.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.bank.LoadResult;
import org.sourcequiz.bank.PassageChecker;
import org.sourcequiz.bank.Problem;

/** Checking question files: every problem of the files, and with the articles' folder, of every passage. */
public final class Validation {
    private Validation() {}

    /**
     * @param paths      question files or folders; none is the bundled bank, read from its files
     * @param sourcesDir the folder of the article texts that questions/sources.yaml names, or null
     */
    public static LoadResult check(AppContext ctx, List<Path> paths, Path sourcesDir) {
        LoadResult result = BankOpening.loadFiles(ctx, paths);
        if (sourcesDir == null) {
            return result;
        }
        Path dir = ctx.workingDir().resolve(sourcesDir);
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(sourcesDir + ": no such folder (--sources names the folder of article texts)");
        }
        return result.with(new PassageChecker(dir).check(result.bank(), result.questionLocations()));
    }

    /** Each problem as file:line:column, then the summary. */
    public static List<String> lines(LoadResult result, boolean passagesChecked) {
        List<String> lines = new ArrayList<>();
        result.problems().forEach(p -> lines.add(p.format()));
        lines.add(summary(result, passagesChecked));
        return lines;
    }

    /** "0 errors, 1 warning; 5 sets, 120 questions read", and that the passages were found when they were checked. */
    public static String summary(LoadResult result, boolean passagesChecked) {
        // Not String.format: a cold JVM spends milliseconds loading locale data for its first %d.
        return count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning") + "; "
                + count(result.bank().sets().size(), "set") + ", " + count(result.bank().questions().size(), "question") + " read"
                + (passagesChecked && !result.hasErrors() ? ", every passage found in its article" : "");
    }

    private static String count(long n, String word) {
        return n + " " + (n == 1 ? word : word + "s");
    }

    public static Map<String, Object> json(LoadResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errors", result.errorCount());
        m.put("warnings", result.warningCount());
        m.put("sets", result.bank().sets().size());
        m.put("questions", result.bank().questions().size());
        m.put("problems", result.problems().stream().map(Validation::json).toList());
        return m;
    }

    private static Map<String, Object> json(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line());
        m.put("column", p.column());
        m.put("severity", p.severity().label());
        m.put("question", p.questionId());
        m.put("message", p.message());
        m.put("hint", p.hint());
        return m;
    }
}
