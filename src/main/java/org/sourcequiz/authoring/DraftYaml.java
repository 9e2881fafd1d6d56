package org.sourcequiz.authoring;

import org.sourcequiz.text.YamlQuoted;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes drafts and the article's source entry in the question file format (version 1). */
public final class DraftYaml {
    private DraftYaml() {}

    public static String set(String setId, String title, String file, List<Draft> drafts) {
        StringBuilder b = new StringBuilder();
        b.append("# Drafted by `sourcequiz draft` from ").append(oneLine(file))
                .append(". Every question is `status: draft`: check it against the article,\n")
                .append("# reword it in your own words, then remove that line.\n");
        b.append("format: 1\nid: ").append(setId).append("\ntitle: ").append(q("Draft: " + title)).append('\n');
        b.append("description: ").append(q("Questions drafted from " + file + "; review each before use.")).append('\n');
        b.append("tags: [draft]\nquestions:\n");
        for (Draft d : drafts) {
            b.append("  - id: ").append(d.id()).append('\n');
            b.append("    kind: ").append(d.kind()).append('\n');
            b.append("    status: draft\n");
            b.append("    prompt: ").append(q(d.prompt())).append('\n');
            for (Map.Entry<String, Object> e : d.fields().entrySet()) {
                b.append("    ").append(e.getKey()).append(": ").append(value(e.getValue())).append('\n');
            }
            b.append("    source: ").append(setId).append('\n');
            b.append("    passage: ").append(q(d.passage())).append('\n');
            if (!d.highlight().isEmpty()) {
                b.append("    highlight: ").append(value(d.highlight())).append('\n');
            }
            b.append("    explain: ").append(q(d.explain())).append('\n');
            b.append("    tags: [draft, ").append(d.fact().label()).append("]\n");
        }
        return b.toString();
    }

    /** The source entry, to start a sources.yaml or to add to one. */
    public static String sourceEntry(String id, String title, List<String> authors, String publishedIso, String file) {
        StringBuilder b = new StringBuilder();
        b.append("  - id: ").append(id).append('\n');
        b.append("    title: ").append(q(title)).append('\n');
        b.append("    authors: ").append(value(authors)).append('\n');
        if (!publishedIso.isEmpty()) {
            b.append("    published: ").append(publishedIso).append('\n');
        }
        b.append("    file: ").append(q(file)).append('\n');
        return b.toString();
    }

    public static String sourcesFile(String entry) {
        return "format: 1\nsources:\n" + entry;
    }

    private static String value(Object v) {
        if (v instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(value(list.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(": ").append(value(e.getValue()));
            }
            return b.append('}').toString();
        }
        return q(String.valueOf(v));
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}]", " ");
    }

    static String q(String s) {
        return YamlQuoted.of(s);
    }
}
