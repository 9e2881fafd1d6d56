package org.sourcequiz.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.sourcequiz.text.TerminalSafety;

/**
 * Moodle's texts (HTML, auto-format, markdown, plain) as the plain text our model holds: line
 * breaks, paragraphs and lists kept, images and embedded files as "[image]", and nothing a
 * terminal would interpret.
 */
final class PlainText {
    static final String IMAGE = "[image]";
    private static final String PLUGINFILE = "@@PLUGINFILE@@";
    // Compiled once: String.replaceAll compiles its pattern on every call, and an import tidies
    // every text of every question (it was most of an import's time).
    private static final Pattern EMBEDDED = Pattern.compile("\\S*" + PLUGINFILE + "\\S*");
    private static final Pattern SPACE_BEFORE_BREAK = Pattern.compile("[ \\t]+\\n");
    private static final Pattern SPACE_AFTER_BREAK = Pattern.compile("\\n[ \\t]+");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * commonmark's parser and renderer, made on the first markdown text: building them loads
     * some hundred classes, a cost every import paid at its start though few files hold markdown.
     */
    private static final class Markdown {
        static final Parser PARSER = Parser.builder().build();
        static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    }

    /** The text, and whether an image (or a file Moodle embeds) had to become "[image]". */
    record Result(String text, boolean lostImage) {}

    private PlainText() {}

    static Result of(Formatted f) {
        String s = f.text();
        if (s.isEmpty()) {
            return new Result("", false); // most feedbacks: no parser needed to know it stays empty
        }
        Result r = switch (f.format()) {
            case PLAIN -> new Result(s, false);
            case MARKDOWN -> html(Markdown.HTML.render(Markdown.PARSER.parse(s)));
            case HTML -> noMarkup(s) ? new Result(collapsed(s), false) : html(s);
            case MOODLE -> s.indexOf('<') < 0 && s.indexOf('&') < 0 ? new Result(s, false) : html(s.replace("\n", "<br>"));
        };
        String text = r.text();
        boolean lost = r.lostImage();
        if (text.contains(PLUGINFILE)) {
            text = EMBEDDED.matcher(text).replaceAll(IMAGE);
            lost = true;
        }
        return new Result(tidy(TerminalSafety.sanitize(text)), lost);
    }

    /**
     * A text with nothing jsoup's tokeniser treats specially (no tag, no character reference, no
     * NUL) is one text node to it: what the Collector makes of it, without the parse, which costs
     * a buffer per call and was a third of an import of short HTML questions.
     */
    private static boolean noMarkup(String s) {
        return s.indexOf('<') < 0 && s.indexOf('&') < 0 && s.indexOf('\0') < 0;
    }

    /** The Collector's treatment of one text node that starts the output. */
    private static String collapsed(String s) {
        String text = WHITE_SPACE.matcher(s).replaceAll(" ");
        return text.startsWith(" ") ? text.substring(1) : text;
    }

    private static Result html(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Collector c = new Collector();
        NodeTraversor.traverse(c, body);
        return new Result(c.out.toString(), c.image);
    }

    /** Spaces around line breaks dropped, at most one empty line in a row, no blank start or end. */
    private static String tidy(String s) {
        String t = s.replace('\u00A0', ' ');
        if (t.indexOf('\n') < 0) {
            return t.strip(); // one line: nothing around breaks to tidy
        }
        t = SPACE_BEFORE_BREAK.matcher(t).replaceAll("\n");
        t = SPACE_AFTER_BREAK.matcher(t).replaceAll("\n");
        return EMPTY_LINES.matcher(t).replaceAll("\n\n").strip();
    }

    private static final class Collector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        boolean image;
        /** Per open list: -1 for a bulleted list, else the next item's number. */
        private final Deque<Integer> lists = new ArrayDeque<>();
        private boolean firstCell;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = WHITE_SPACE.matcher(t.getWholeText()).replaceAll(" ");
                if (endsWithBreak() && text.startsWith(" ")) {
                    text = text.substring(1);
                }
                out.append(text);
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "br" -> out.append('\n');
                case "img" -> {
                    image = true;
                    out.append(IMAGE);
                }
                case "audio", "video", "object", "embed", "iframe" -> {
                    image = true;
                    out.append(IMAGE);
                }
                case "ul" -> { block(); lists.push(-1); }
                case "ol" -> { block(); lists.push(1); }
                case "li" -> {
                    block();
                    Integer n = lists.peek();
                    if (n == null || n < 0) {
                        out.append("- ");
                    } else {
                        out.append(n).append(". ");
                        lists.pop();
                        lists.push(n + 1);
                    }
                }
                case "tr" -> { block(); firstCell = true; }
                case "td", "th" -> {
                    if (!firstCell) {
                        out.append(" | ");
                    }
                    firstCell = false;
                }
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table" -> block();
                default -> { }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "ul", "ol" -> { lists.poll(); block(); }
                    case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "li" -> block();
                    default -> { }
                }
            }
        }

        private boolean endsWithBreak() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        }

        private void block() {
            if (!endsWithBreak()) {
                out.append('\n');
            }
        }
    }
}
