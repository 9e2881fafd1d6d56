package org.sourcequiz.interop;

import java.util.List;
import java.util.Map;

/**
 * The report on one imported file, in the shape of {@code import --report json} (README "From
 * Moodle and back"). {@code found} counts every block read as a question of a Moodle type
 * (descriptions too, categories not): {@code found = imported + skipped}; {@code errors} counts
 * blocks that could not be read at all. {@code types} counts found questions by Moodle type.
 */
public record FileReport(String file, String format, int found, int imported, int skipped, int errors,
                         Map<String, Integer> types, List<ImportProblem> problems) {
    public FileReport {
        types = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(types));
        problems = List.copyOf(problems);
    }
}
