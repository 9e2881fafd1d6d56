package org.sourcequiz.interop;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Moodle XML ({@code <quiz><question type="...">}) with the JDK's StAX parser, DTDs and
 * external entities off: a file with a {@code <!DOCTYPE>} is refused before any entity could be
 * expanded or fetched, so neither an entity bomb nor an external entity does anything.
 */
public final class MoodleXmlReader {
    static final String DOCTYPE = "the file declares a DTD (<!DOCTYPE>); Moodle XML has none and sourcequiz does not read one";

    private static final String ENTITY_HINT = "write the character itself, or one of &amp; &lt; &gt; &quot; &apos;";

    private static final XMLInputFactory FACTORY = factory();

    private MoodleXmlReader() {}

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    public static Parsed read(String content) {
        List<MoodleQuestion> questions = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String category = "";
        XMLStreamReader r = null;
        int line = 1;
        int column = 1;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(content));
            Deque<XmlNode> open = new ArrayDeque<>();
            boolean sawQuiz = false;
            while (r.hasNext()) {
                int event = r.next();
                line = r.getLocation().getLineNumber();
                column = r.getLocation().getColumnNumber();
                switch (event) {
                    case XMLStreamConstants.DTD -> {
                        problems.add(ImportProblem.error(line, column, "", DOCTYPE,
                                "remove the <!DOCTYPE ...> declaration; Moodle's own exports have none"));
                        return new Parsed(questions, problems);
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        problems.add(ImportProblem.error(line, column, "", "entity `&" + TextSafety.shown(r.getLocalName())
                                + ";` is not declared", ENTITY_HINT));
                        return new Parsed(questions, problems);
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = r.getLocalName();
                        if (open.isEmpty() && !name.equals("question")) {
                            sawQuiz |= name.equals("quiz");
                            if (!sawQuiz) {
                                problems.add(ImportProblem.error(line, column, "", "not a Moodle XML file: it starts with <"
                                        + TextSafety.shown(name) + ">, not <quiz>",
                                        "export the questions from Moodle as Moodle XML, or name the file's format with --format"));
                                return new Parsed(questions, problems);
                            }
                            continue;
                        }
                        XmlNode n = new XmlNode(name, line, column);
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (!open.isEmpty()) {
                            open.peek().children.add(n);
                        }
                        open.push(n);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (open.isEmpty()) {
                            continue;
                        }
                        XmlNode done = open.pop();
                        if (open.isEmpty()) {
                            String type = done.attribute("type");
                            if (type.equals("category")) {
                                category = categoryOf(done);
                            } else {
                                question(done, category, questions, problems);
                            }
                        }
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            boolean located = e.getLocation() != null && e.getLocation().getLineNumber() > 0;
            int at = located ? e.getLocation().getLineNumber() : line;
            int col = located ? e.getLocation().getColumnNumber() : column;
            String why = message(e);
            // Without a DTD every entity but XML's five is undeclared, and StAX says so as a parse error.
            String hint = why.contains("entity") ? ENTITY_HINT
                    : "fix the XML just before this place: a tag left open or closed twice, or a < or & in text (write &lt; or &amp;)";
            problems.add(ImportProblem.error(at, col, "", "not well-formed XML: " + TextSafety.shown(why), hint));
        }
        return new Parsed(questions, problems);
    }

    /** The parser's message without its "ParseError at [row,col]:" prefix, which the report has as a line. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("Message: ");
        return cut >= 0 ? m.substring(cut + 9) : m;
    }

    private static String categoryOf(XmlNode q) {
        XmlNode c = q.child("category");
        return c == null ? "" : c.asFormatted(TextFormat.PLAIN).text();
    }

    private static void question(XmlNode q, String category, List<MoodleQuestion> out, List<ImportProblem> problems) {
        String type = q.attribute("type").strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            problems.add(ImportProblem.error(q.line, q.column, "", "a <question> without a type attribute",
                    "name the question's type, as in <question type=\"multichoice\">"));
            return;
        }
        TextFormat fmt = TextFormat.fromXml(attributeOf(q, "questiontext"), TextFormat.MOODLE);
        List<MoodleAnswer> answers = new ArrayList<>();
        for (XmlNode a : q.all("answer")) {
            Double fraction = fraction(a.attribute("fraction"));
            if (fraction == null) {
                problems.add(ImportProblem.error(a.line, a.column, type, "answer fraction `" + TextSafety.shown(a.attribute("fraction"))
                        + "` is not a number", "write the answer's grade in percent, as in <answer fraction=\"50\">"));
                return;
            }
            BigDecimal tolerance = null;
            if (type.equals("numerical")) {
                tolerance = a.child("tolerance") == null ? BigDecimal.ZERO : NumericalText.number(a.childText("tolerance"));
                if (tolerance == null) {
                    problems.add(ImportProblem.error(a.line, a.column, type, "tolerance `" + TextSafety.shown(a.childText("tolerance"))
                            + "` is not a number", "write the tolerance as a number, as in <tolerance>0.5</tolerance>"));
                    return;
                }
            }
            answers.add(new MoodleAnswer(a.asFormatted(fmt), fraction, a.formatted("feedback", fmt), tolerance));
        }
        List<Subquestion> subs = new ArrayList<>();
        for (XmlNode s : q.all("subquestion")) {
            XmlNode ans = s.child("answer");
            subs.add(new Subquestion(s.asFormatted(fmt), ans == null ? "" : ans.asFormatted(TextFormat.PLAIN).text()));
        }
        List<String> tags = new ArrayList<>();
        XmlNode tagList = q.child("tags");
        if (tagList != null) {
            for (XmlNode t : tagList.all("tag")) {
                String tag = t.asFormatted(TextFormat.PLAIN).text();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        String single = q.childText("single");
        boolean isSingle = type.equals("multichoice") ? !(single.equals("false") || single.equals("0")) : true;
        XmlNode name = q.child("name");
        out.add(new MoodleQuestion(type.equals("matching") ? "match" : type,
                name == null ? "" : name.asFormatted(TextFormat.PLAIN).text(), q.formatted("questiontext", TextFormat.MOODLE),
                q.formatted("generalfeedback", fmt), category, q.childText("idnumber"), tags, answers, subs, isSingle,
                q.formatted("graderinfo", fmt), q.line));
        if (type.equals("numerical") && q.child("units") != null && !q.child("units").children.isEmpty()) {
            problems.add(ImportProblem.warning(q.line, q.column, type, "units are not kept; the answer is the number alone", ""));
        }
        if (type.equals("shortanswer") && q.childText("usecase").equals("1")) {
            problems.add(ImportProblem.warning(q.line, q.column, type, "case-sensitive in Moodle; sourcequiz ignores case", ""));
        }
    }

    private static String attributeOf(XmlNode q, String child) {
        XmlNode c = q.child(child);
        return c == null ? null : c.attributes.get("format");
    }

    /** Moodle writes fractions in percent: 100, 50, -33.33333. */
    private static Double fraction(String s) {
        if (s.isBlank()) {
            return 0.0;
        }
        BigDecimal d = NumericalText.number(s);
        return d == null ? null : d.movePointLeft(2).doubleValue();
    }
}
