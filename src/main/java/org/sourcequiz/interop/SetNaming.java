package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * How a Moodle category becomes a set. A category path names its context first
 * ({@code $course$}, {@code $system$}, {@code $module$}, {@code $cat1$}...) and often Moodle's
 * {@code top} and "Default for ..." levels: those say where the category lived, not what it holds,
 * and are dropped. What is left, joined with " / ", is the set's title; its slug the set's id.
 * Questions outside any category form a set named after the file.
 */
final class SetNaming {
    private SetNaming() {}

    static List<String> meaningful(String category) {
        List<String> parts = new ArrayList<>();
        for (String raw : category.split("/")) {
            String p = raw.strip();
            if (p.isEmpty() || p.startsWith("$") && p.endsWith("$") || p.equalsIgnoreCase("top")
                    || p.regionMatches(true, 0, "Default for ", 0, 12)) {
                continue;
            }
            parts.add(p);
        }
        return parts;
    }

    /** The title of a category's set; {@code fileStem} when the category says nothing. */
    static String title(String category, String fileStem) {
        List<String> parts = meaningful(category);
        return parts.isEmpty() ? fileStem : String.join(" / ", parts);
    }

    static String id(String title) {
        String s = Slug.of(title);
        return s.isEmpty() ? "imported" : s;
    }
}
