package org.sourcequiz.interop;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.ChoiceQuestion;
import org.sourcequiz.model.DateQuestion;
import org.sourcequiz.model.MatchQuestion;
import org.sourcequiz.model.MultiQuestion;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.OpenQuestion;
import org.sourcequiz.model.OrderQuestion;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.TextQuestion;
import org.sourcequiz.model.TrueFalseQuestion;

/** Sets as Moodle XML: a category question per set, then each question in Moodle's core types (order as ordering). */
public final class MoodleXmlWriter {
    private static final String PLAIN = "plain_text";
    private final XMLStreamWriter x;
    private final Bank bank;
    private final List<ExportProblem> problems = new ArrayList<>();
    private int exported;

    private MoodleXmlWriter(XMLStreamWriter x, Bank bank) {
        this.x = x;
        this.bank = bank;
    }

    public static Exported write(Bank bank, List<QuestionSet> sets) {
        StringWriter sw = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            MoodleXmlWriter w = new MoodleXmlWriter(x, bank);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("quiz");
            for (QuestionSet s : sets) {
                w.category(s);
                for (Question q : s.questions()) {
                    w.question(q);
                }
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return new Exported(sw.toString() + "\n", w.exported, w.problems);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML to memory", e);
        }
    }

    private void category(QuestionSet s) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("question");
        x.writeAttribute("type", "category");
        x.writeStartElement("category");
        text("$course$/top/" + s.title().replace("/", "-"));
        x.writeEndElement();
        x.writeEndElement();
    }

    private void question(Question q) throws XMLStreamException {
        String type = q instanceof ChoiceQuestion || q instanceof MultiQuestion ? "multichoice"
                : q instanceof TrueFalseQuestion ? "truefalse"
                : q instanceof TextQuestion || q instanceof DateQuestion ? "shortanswer"
                : q instanceof NumberQuestion ? "numerical"
                : q instanceof MatchQuestion ? "matching"
                : q instanceof OrderQuestion ? "ordering" : "essay";
        x.writeCharacters("\n  ");
        x.writeStartElement("question");
        x.writeAttribute("type", type);
        x.writeStartElement("name");
        text(q.id());
        x.writeEndElement();
        formatted("questiontext", q.prompt());
        formatted("generalfeedback", ExportText.generalFeedback(q, bank));
        element("defaultgrade", Integer.toString(q.points()));
        element("idnumber", q.id());
        if (q instanceof ChoiceQuestion c) {
            element("single", "true");
            element("shuffleanswers", "true");
            element("answernumbering", "abc");
            for (int i = 0; i < c.choices().size(); i++) {
                answer(c.weight(i), c.choices().get(i), c.feedbackFor(i), null);
            }
        } else if (q instanceof MultiQuestion m) {
            element("single", "false");
            element("shuffleanswers", "true");
            element("answernumbering", "abc");
            List<Double> w = ExportText.multiWeights(m);
            for (int i = 0; i < m.choices().size(); i++) {
                answer(w.get(i), m.choices().get(i), m.feedbackFor(i), null);
            }
        } else if (q instanceof TrueFalseQuestion t) {
            answer(t.answer() ? 1 : 0, "true", t.feedbackTrue(), null);
            answer(t.answer() ? 0 : 1, "false", t.feedbackFalse(), null);
        } else if (q instanceof TextQuestion t) {
            element("usecase", "0");
            for (int i = 0; i < t.accepted().size(); i++) {
                answer(t.weight(i), t.accepted().get(i), t.feedbackFor(i), null);
            }
            if (!t.otherFeedback().isEmpty()) {
                answer(0, "*", t.otherFeedback(), null);
            }
        } else if (q instanceof DateQuestion d) {
            element("usecase", "0");
            for (String form : ExportText.dateForms(d)) {
                answer(1, form, "", null);
            }
        } else if (q instanceof NumberQuestion n) {
            number(n);
        } else if (q instanceof MatchQuestion m) {
            element("shuffleanswers", "true");
            for (MatchQuestion.Pair p : m.pairs()) {
                subquestion(p.left(), p.right());
            }
            for (String d : m.distractors()) {
                subquestion("", d);
            }
        } else if (q instanceof OrderQuestion o) {
            element("layouttype", "VERTICAL");
            element("selecttype", "ALL");
            element("gradingtype", "ABSOLUTE_POSITION");
            for (int i = 0; i < o.items().size(); i++) {
                answer(i + 1, o.items().get(i), "", null, false);
            }
        } else if (q instanceof OpenQuestion o) {
            element("responseformat", "editor");
            element("responserequired", "1");
            element("responsefieldlines", "10");
            formatted("graderinfo", o.modelAnswer());
        }
        if (!q.tags().isEmpty()) {
            x.writeStartElement("tags");
            for (String t : q.tags()) {
                x.writeStartElement("tag");
                text(t);
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        exported++;
    }

    private void number(NumberQuestion n) throws XMLStreamException {
        BigDecimal value = n.value() != null && n.value().subtract(n.low()).compareTo(n.high().subtract(n.value())) == 0
                ? n.value() : n.low().add(n.high()).divide(BigDecimal.valueOf(2));
        answer(1, ExportText.plain(value), "", n.high().subtract(value));
        for (NumberQuestion.Band b : n.alternatives()) {
            BigDecimal v = b.low().add(b.high()).divide(BigDecimal.valueOf(2));
            answer(b.weight(), ExportText.plain(v), b.feedback(), b.high().subtract(v));
        }
        if (!n.otherFeedback().isEmpty()) {
            answer(0, "*", n.otherFeedback(), BigDecimal.ZERO);
        }
        if (!n.unit().isEmpty()) {
            x.writeStartElement("units");
            x.writeStartElement("unit");
            element("multiplier", "1");
            element("unit_name", n.unit());
            x.writeEndElement();
            x.writeEndElement();
            element("unitgradingtype", "0");
            element("showunits", "3");
        }
    }

    private void answer(double fraction, String text, String feedback, BigDecimal tolerance) throws XMLStreamException {
        answer(fraction * 100, text, feedback, tolerance, true);
    }

    private void answer(double fraction, String text, String feedback, BigDecimal tolerance, boolean percent) throws XMLStreamException {
        x.writeStartElement("answer");
        x.writeAttribute("fraction", percent ? ExportText.percent(fraction / 100) : Integer.toString((int) fraction));
        x.writeAttribute("format", PLAIN);
        text(text);
        if (tolerance != null) {
            element("tolerance", ExportText.plain(tolerance));
        }
        formatted("feedback", feedback);
        x.writeEndElement();
    }

    private void subquestion(String left, String right) throws XMLStreamException {
        x.writeStartElement("subquestion");
        x.writeAttribute("format", PLAIN);
        text(left);
        x.writeStartElement("answer");
        text(right);
        x.writeEndElement();
        x.writeEndElement();
    }

    private void formatted(String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeAttribute("format", PLAIN);
        text(value);
        x.writeEndElement();
    }

    private void text(String value) throws XMLStreamException {
        x.writeStartElement("text");
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private void element(String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
