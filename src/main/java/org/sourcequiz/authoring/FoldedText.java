package org.sourcequiz.authoring;

import org.sourcequiz.text.Typography;

/**
 * An article folded the way passage checks fold it (typographic quotes, dashes and white space),
 * remembering for each folded character where it was in the article, so a passage found in the
 * folded text can be mapped back to the article's lines.
 */
final class FoldedText {
    private final String folded;
    private final int[] origin;

    FoldedText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int[] at = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            String c = Typography.fold(String.valueOf(text.charAt(i)));
            if (c.isEmpty() || c.isBlank()) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) {
                at[b.length()] = i - 1;
                b.append(' ');
            }
            space = false;
            at[b.length()] = i;
            b.append(c);
        }
        at[b.length()] = text.length();
        this.folded = b.toString();
        this.origin = java.util.Arrays.copyOf(at, b.length() + 1);
    }

    /** Every [start, end) in the article where {@code passage} occurs, after folding both. */
    java.util.List<int[]> find(String passage) {
        String p = Typography.fold(passage);
        java.util.List<int[]> out = new java.util.ArrayList<>();
        if (p.isEmpty()) {
            return out;
        }
        for (int i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) {
            out.add(new int[] {origin[i], origin[i + p.length() - 1] + 1});
        }
        return out;
    }
}
