package org.sourcequiz.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small element tree of one Moodle XML question, with where each element starts (the parser's location). */
final class XmlNode {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    final int line;
    /** The parser's column when the start tag was read: just after it. */
    final int column;

    XmlNode(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    /** The text of a child element, "" when there is none. */
    String childText(String childName) {
        XmlNode c = child(childName);
        return c == null ? "" : c.text.toString().strip();
    }

    /** Moodle's text fields: {@code <x format="html"><text>...</text></x>}. */
    Formatted formatted(String childName, TextFormat fallback) {
        XmlNode c = child(childName);
        if (c == null) {
            return new Formatted("", fallback);
        }
        return c.asFormatted(fallback);
    }

    Formatted asFormatted(TextFormat fallback) {
        XmlNode t = child("text");
        String body = t == null ? text.toString() : t.text.toString();
        return new Formatted(body.strip(), TextFormat.fromXml(attributes.get("format"), fallback));
    }
}
