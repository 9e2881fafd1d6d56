package org.sourcequiz.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.sourcequiz.text.TerminalSafety;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns the bytes of a question file into a {@link Node} tree. Every way a file can be unreadable
 * (too big, not UTF-8, binary, empty, a syntax error, YAML aliases, nesting too deep) becomes a
 * problem with a line and column instead of an exception.
 */
final class TreeReader {
    /** No hand-written question file comes near this; a larger one is a mistake or an attack. */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    /** Enough to show where the bad characters are without a screenful for a binary-like file. */
    private static final int MAX_REPORTED = 10;

    private TreeReader() {}

    /**
     * Built on first use: when {@link FastYaml} reads every file, as it does the bundled bank, a
     * start never pays the few tens of milliseconds these take to set up.
     */
    private static final class Parsers {
        static final YAMLFactory YAML = yamlFactory();
        static final JsonFactory JSON = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
                .build();
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_FILE_BYTES);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
                .build();
    }

    static boolean isJson(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** Trees {@link FastYaml} gave, for the test that keeps the bundled and generated banks on the fast path. */
    static final LongAdder FAST_TREES = new LongAdder();

    /** Parses {@code bytes}; problems go to {@code problems}; empty when the file gave no tree. */
    static Optional<Node> read(byte[] bytes, boolean json, Problems problems) {
        return read(new ReadBuffers(bytes), json, problems, true, null);
    }

    /**
     * As {@link #read(byte[], boolean, Problems)}, for a file read into {@code buffers}, handing
     * the items of the root's {@code questions} sequence to {@code items} as each is parsed
     * instead of keeping them.
     */
    static Optional<Node> read(ReadBuffers buffers, boolean json, Problems problems, QuestionItems items) {
        return read(buffers, json, problems, true, items);
    }

    /** As {@link #read(byte[], boolean, Problems)} with Jackson alone: what the fast path is compared with. */
    static Optional<Node> readWithJackson(byte[] bytes, boolean json, Problems problems) {
        return read(new ReadBuffers(bytes), json, problems, false, null);
    }

    private static Optional<Node> read(ReadBuffers buffers, boolean json, Problems problems, boolean fast,
                                       QuestionItems items) {
        if (buffers.length() > MAX_FILE_BYTES) {
            problems.error(Location.START, "", "file is " + buffers.length() / 1024 + " KiB, over the limit of "
                    + MAX_FILE_BYTES / 1024 + " KiB", "split it into several question sets");
            return Optional.empty();
        }
        Optional<CharBuffer> text = decode(buffers, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        CharBuffer chars = text.get();
        if (unsafeCharacters(chars.array(), chars.limit(), problems)) {
            return Optional.empty();
        }
        if (isBlank(chars.array(), chars.limit())) {
            problems.error(Location.START, "", "file is empty", "start it with `format: 1`; see `sourcequiz schema`");
            return Optional.empty();
        }
        if (fast && !json) {
            // Most YAML files are in the subset FastYaml reads, several times faster than SnakeYAML; it
            // declines the rest (null), and Jackson reads them as before, errors and all.
            Node tree = FastYaml.read(chars.array(), chars.limit(), items);
            if (tree != null) {
                FAST_TREES.increment();
                return Optional.of(tree);
            }
        }
        try (JsonParser p = (json ? Parsers.JSON : Parsers.YAML).createParser(chars.array(), 0, chars.limit())) {
            try {
                return tree(p, problems, items);
            } catch (StreamConstraintsException e) {
                // The parser's own words name its internals; the place where the nesting got too deep is what helps.
                problems.error(at(p.currentLocation()), "", "nesting deeper than " + MAX_DEPTH + " levels",
                        "question files are shallow; check the brackets and indentation near here");
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            problems.error(syntaxErrorAt(e), "", "cannot parse: " + firstLine(e.getOriginalMessage()),
                    json ? "check the JSON syntax near here" : "check indentation and quoting near here");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.START, "", "cannot parse: " + firstLine(e.getMessage()), "");
            return Optional.empty();
        }
    }

    private static Optional<Node> tree(JsonParser p, Problems problems, QuestionItems items) throws IOException {
        if (p.nextToken() == null) {
            problems.error(Location.START, "", "file has no content", "start it with `format: 1`");
            return Optional.empty();
        }
        Node root = node(p, 0, problems, items);
        if (root != null && p.nextToken() != null) {
            problems.error(at(p.currentTokenLocation()), "", "more than one document in the file",
                    "put one question set in each file");
        }
        return Optional.ofNullable(root);
    }

    /** The text, decoded straight into the array the parser reads, with no String copy of a whole file. */
    private static Optional<CharBuffer> decode(ReadBuffers buffers, Problems problems) {
        byte[] bytes = buffers.bytes();
        int length = buffers.length();
        int start = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < length; i++) {
            if (bytes[i] == 0) {
                problems.error(byteLocation(bytes, i), "", "file contains NUL bytes: it looks binary",
                        "question files are UTF-8 text (YAML or JSON)");
                return Optional.empty();
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer out = CharBuffer.wrap(buffers.chars(length));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.error(byteLocation(bytes, in.position()), "", "file is not valid UTF-8",
                    "save it as UTF-8 (for example `iconv -f latin1 -t utf-8`)");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip());
    }

    private static boolean isBlank(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports control and bidi characters written into the file as they are, each at its own line
     * and column. The parsers would refuse most of them with a vague "special characters" at 1:1,
     * or take U+0085 for a line break; a bidi override in a comment could hide what a line says.
     * Tab and carriage return are the file's own white space. Escaped forms ({@code "\e"}) reach
     * the values and are refused there.
     */
    private static boolean unsafeCharacters(char[] text, int length, Problems problems) {
        int line = 1;
        int column = 1;
        int reported = 0;
        int reportedLine = 0;
        // Over the array, not a CharSequence: a start runs this loop in the interpreter, call by call.
        for (int i = 0; i < length && reported < MAX_REPORTED; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F) {
                column++; // printable ASCII, nearly every character: no calls
                continue;
            }
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c != '\t' && c != '\r' && TerminalSafety.isUnsafe(c) && line != reportedLine) {
                problems.error(new Location(line, column), "", "the control character " + TerminalSafety.describe(c)
                        + " is in the file", "remove it: control and bidi characters could take over the student's terminal");
                reported++;
                reportedLine = line;
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return reported > 0;
    }

    private static Location byteLocation(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(line, column);
    }

    /** {@code items}: where the items of the root's {@code questions} sequence go, or null to keep them. */
    private static Node node(JsonParser p, int depth, Problems problems, QuestionItems items) throws IOException {
        Location at = at(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            problems.error(at, "", "nesting deeper than " + MAX_DEPTH + " levels", "question files are shallow; check the structure");
            p.skipChildren();
            return null;
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = at(p.currentTokenLocation());
                    p.nextToken();
                    boolean handOver = depth == 0 && items != null && key.equals(QuestionItems.KEY) && !entries.containsKey(key);
                    Node value = node(p, depth + 1, problems, handOver ? items : null);
                    if (value == null) {
                        return null;
                    }
                    if (entries.containsKey(key)) {
                        problems.error(keyAt, "", "duplicate key `" + key + "`",
                                "first given at line " + entries.get(key).keyAt().line() + "; keep one");
                    } else {
                        entries.put(key, new Node.Entry(key, keyAt, value));
                    }
                }
                return new Node.MapNode(at, entries);
            }
            case START_ARRAY: {
                List<Node> kept = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Node item = node(p, depth + 1, problems, null);
                    if (item == null) {
                        return null;
                    }
                    if (items != null) {
                        items.handOver(item);
                    } else {
                        kept.add(item);
                    }
                }
                return new Node.ListNode(at, kept);
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                    problems.error(at, "", "YAML aliases (*" + p.getText() + ") are not supported",
                            "write the value out in full");
                    return new Node.ScalarNode(at, "", Node.ScalarType.NULL);
                }
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(at, p.getText(), Node.ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new Node.ScalarNode(at, "", Node.ScalarType.NULL);
            default:
                problems.error(at, "", "unexpected " + t, "");
                return null;
        }
    }

    /**
     * Where a syntax error is. For YAML, where the quote, bracket or block began that SnakeYAML
     * could not finish ("while scanning a quoted scalar"), else where it found the problem: Jackson
     * gives the token before, often a line or two away from what is wrong.
     */
    private static Location syntaxErrorAt(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            Mark mark = m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
            if (mark != null) {
                return new Location(mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        return at(e.getLocation());
    }

    static Location at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.START;
        }
        return new Location(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /**
     * The parser's words without its excerpt of the file: SnakeYAML says what it was reading on the
     * first line and what it found wrong further down ("while scanning a quoted scalar ... found
     * unexpected end of stream"), each followed by indented lines that quote the file. Both are
     * kept; the place is given by the problem's line and column.
     */
    private static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "unknown syntax error";
        }
        StringBuilder b = new StringBuilder();
        for (String line : s.strip().split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                b.append(b.length() == 0 ? "" : ", ").append(line.strip());
            }
        }
        return b.toString();
    }
}
