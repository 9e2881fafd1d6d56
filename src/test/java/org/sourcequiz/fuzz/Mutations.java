package org.sourcequiz.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Makes fuzz inputs: a corpus item changed by a few random mutations (structural tokens, control
 * and odd Unicode characters, huge numbers, deletions, duplicated lines, splices with another item,
 * truncation), or now and then pure random text. Everything is drawn from the {@link Random} passed
 * in, so an input is fixed by its seed.
 */
public final class Mutations {
    /** What YAML and JSON give meaning to, and the keys of the format. */
    public static final List<String> FILE_TOKENS = List.of(
            ":", ": ", "-", "- ", "[", "]", "{", "}", "&", "&a ", "*a", "*", "!", "!!str ", "!!binary ", "!foo ",
            "|", "|-\n", ">", ">-\n", "\"", "'", "#", "# ", "?", "? ", ",", "%", "%YAML 1.1\n", "@", "`", "~",
            "\t", "\n", "\r\n", "\r", "\\", "\\u", "\\u001b", "\\e", "\\x1b", "\\uD800", "---\n", "...\n", "<<: ",
            "  ", "    ", "\n  - ", "\n    ", "{}", "[]", "null", "~", "true", "yes", "no", "on", "\"\"", "''",
            "id: ", "kind: ", "prompt: ", "answer: ", "answers: ", "choices: ", "items: ", "pairs: ",
            "left: ", "right: ", "distractors: ", "range: ", "tolerance: ", "unit: ", "passage: ", "source: ",
            "highlight: ", "tags: ", "points: ", "difficulty: ", "format: ", "questions: ", "sources: ",
            "published: ", "published_estimate: ", "date: ", "reason: ", "authors: ", "file: ",
            "choice", "multi", "truefalse", "number", "date", "text", "order", "match", "9", "1,000", "2021-09-09");

    /** What typed answers are made of. */
    public static final List<String> ANSWER_TOKENS = List.of(
            "0", "1", "2", "3", "9", "10", "12", "31", "2021", "1999", "0000", "9999", " ", "  ", ",", ", ", ".", "/",
            "-", "'", ":", ";", "%", "k", "m", "mn", "bn", "million", "thousand", "billion", "percent", "per cent",
            "about ", "approx. ", "more than ", "~", "≈", ">", "$", "€", "£", "+", "th", "st", "nd", "rd", " of ",
            "the ", "September", "sept", "Sept.", "may", "dec", "a", "b", "c", "z", "1b", "2a", "3c", "1-b", "1=>c",
            "t", "f", "yes", "no", ":skip", "Krūms", "Lukashenko", "military personnel");

    /** Values that overflow, underflow or are not numbers at all. */
    static final List<String> ODD_NUMBERS = List.of(
            "1e999999999", "-1e999999999", "1e-999999999", "1E+2147483647", "1e2147483648", "2147483648",
            "-2147483649", "9223372036854775808", ".inf", "-.Inf", ".nan", "NaN", "Infinity", "0x7FFFFFFF", "0o17",
            "1_000_000", "+1", "-0", "0.0000000000000000000000001", "00000000000000000001", "99999-99-99",
            "0000-00-00", "2021-02-30", "2021-13", "9999-12-31", "10000-01-01", "1e3", "12.5e-1", "1,000,000.5");

    /** Characters a terminal, a parser or a normaliser may treat specially. */
    static final List<String> ODD_CHARS = List.of(
            "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uD83D\uDE00", "\u202A", "\u202B", "\u202C", "\u202D",
            "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u2028", "\u2029",
            "\u0085", "\u00A0", "\u2009", "\u202F", "\u0301", "\u0307", "İ", "ß", "ﬁ", "\uFF11", "\u0663", "\u00BD",
            "\u2212", "\u2013", "’", "“", "\u200B", "\uFFFD", "\uFFFF", "\u0000", "\u001B", "\u009B", "\u007F",
            "\u001B[31m", "\u001B]0;title\u0007", "\u0007", "\b", "\f", "\u000B");

    private static final List<Character> STRUCTURE = ":-[]{}&*!|>\"'#?,\n ".chars().mapToObj(c -> (char) c).toList();

    private static final int MAX_LENGTH = 300_000;

    private final List<String> corpus;
    private final List<String> tokens;

    public Mutations(List<String> corpus, List<String> tokens) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("empty corpus");
        }
        this.corpus = List.copyOf(corpus);
        this.tokens = List.copyOf(tokens);
    }

    /** One input as text. */
    public String text(Random r) {
        if (r.nextInt(100) < 6) {
            return random(r, r.nextInt(r.nextBoolean() ? 16 : 400));
        }
        StringBuilder b = new StringBuilder(pick(r, corpus));
        int mutations = 1 + r.nextInt(r.nextBoolean() ? 3 : 10);
        for (int i = 0; i < mutations; i++) {
            mutate(r, b);
        }
        // Mutations compound; past this a deadline measures the cost of reading megabytes, not a slow algorithm.
        b.setLength(Math.min(b.length(), MAX_LENGTH));
        return b.toString();
    }

    /** One input as file bytes: the text in UTF-8, sometimes with bytes that are not UTF-8 at all. */
    public byte[] bytes(Random r) {
        byte[] b = text(r).getBytes(StandardCharsets.UTF_8);
        int n = r.nextInt(100) < 15 ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < n; i++) {
            b = mutateBytes(r, b);
        }
        return b;
    }

    private void mutate(Random r, StringBuilder b) {
        int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
        switch (r.nextInt(13)) {
            case 0 -> b.insert(at, pick(r, tokens));
            case 1 -> b.insert(at, (char) (r.nextBoolean() ? r.nextInt(0x20) : 0x7F + r.nextInt(0x21)));
            case 2 -> b.insert(at, pick(r, ODD_CHARS));
            case 3 -> b.insert(at, r.nextBoolean() ? pick(r, ODD_NUMBERS) : "9".repeat(1 + r.nextInt(400)));
            case 4 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(r.nextInt(8) == 0 ? 2_000 : 32)));
            case 5 -> duplicate(r, b, at);
            case 6 -> splice(r, b, at);
            case 7 -> b.setLength(at);
            case 8 -> replaceValue(r, b);
            case 9 -> indent(r, b);
            case 10 -> b.insert(at, repeated(r, pick(r, tokens)));
            case 11 -> {
                if (at < b.length()) {
                    b.setCharAt(at, (char) r.nextInt(0x3000));
                }
            }
            default -> swapLines(r, b);
        }
    }

    /**
     * A token many times: mostly a few, sometimes thousands, and now and then a few hundred
     * thousand characters, the size at which quadratic work shows as a missed deadline.
     */
    private static String repeated(Random r, String token) {
        int roll = r.nextInt(100);
        int chars = roll < 70 ? r.nextInt(40) : roll < 95 ? r.nextInt(2_000) : roll < 99 ? r.nextInt(20_000) : 100_000 + r.nextInt(200_000);
        return token.repeat(1 + chars / Math.max(1, token.length()));
    }

    private static void duplicate(Random r, StringBuilder b, int at) {
        int start = b.lastIndexOf("\n", at) + 1;
        int end = b.indexOf("\n", at);
        String line = b.substring(start, end < 0 ? b.length() : end + 1);
        b.insert(start, line.repeat(1 + r.nextInt(3)));
    }

    private void splice(Random r, StringBuilder b, int at) {
        String other = pick(r, corpus);
        int from = other.isEmpty() ? 0 : r.nextInt(other.length());
        b.setLength(at);
        b.append(other, from, Math.min(other.length(), from + 1 + r.nextInt(4_000)));
    }

    /** Replaces what follows one {@code key: } with an odd value, the mutation that reaches the typed readers. */
    private void replaceValue(Random r, StringBuilder b) {
        int colon = b.indexOf(": ", b.length() == 0 ? 0 : r.nextInt(b.length()));
        if (colon < 0) {
            colon = b.indexOf(": ");
        }
        if (colon < 0) {
            return;
        }
        int end = b.indexOf("\n", colon);
        String value = switch (r.nextInt(5)) {
            case 0 -> pick(r, ODD_NUMBERS);
            case 1 -> "\"" + pick(r, ODD_CHARS) + "\"";
            case 2 -> pick(r, tokens);
            case 3 -> "x".repeat(r.nextInt(3_000));
            default -> random(r, r.nextInt(20));
        };
        b.replace(colon + 2, end < 0 ? b.length() : end, value);
    }

    private static void indent(Random r, StringBuilder b) {
        int line = b.length() == 0 ? 0 : b.lastIndexOf("\n", r.nextInt(b.length())) + 1;
        if (r.nextBoolean()) {
            b.insert(line, r.nextBoolean() ? " " : r.nextBoolean() ? "  " : "\t");
        } else if (line < b.length() && (b.charAt(line) == ' ' || b.charAt(line) == '\t')) {
            b.deleteCharAt(line);
        }
    }

    private static void swapLines(Random r, StringBuilder b) {
        String[] lines = b.toString().split("\n", -1);
        if (lines.length < 2) {
            return;
        }
        int i = r.nextInt(lines.length);
        int j = r.nextInt(lines.length);
        String t = lines[i];
        lines[i] = lines[j];
        lines[j] = t;
        b.setLength(0);
        b.append(String.join("\n", lines));
    }

    private static byte[] mutateBytes(Random r, byte[] b) {
        int at = r.nextInt(b.length + 1);
        byte[] insert = switch (r.nextInt(7)) {
            case 0 -> new byte[] {(byte) 0xFF};
            case 1 -> new byte[] {(byte) 0xC0, (byte) 0x80};
            case 2 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
            case 3 -> new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
            case 4 -> new byte[] {0};
            case 5 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            default -> null;
        };
        if (insert == null) {
            if (at < b.length) {
                b = b.clone();
                b[at] ^= (byte) (1 << r.nextInt(8));
            }
            return b;
        }
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    /** Random text weighted towards what parsers care about. */
    static String random(Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(100);
            if (kind < 55) {
                b.append((char) (0x20 + r.nextInt(0x5F)));
            } else if (kind < 70) {
                b.append(pick(r, STRUCTURE));
            } else if (kind < 80) {
                b.append((char) r.nextInt(0x20));
            } else if (kind < 90) {
                b.append(pick(r, ODD_CHARS));
            } else {
                b.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return b.toString();
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
