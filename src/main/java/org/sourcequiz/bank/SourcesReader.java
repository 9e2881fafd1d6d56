package org.sourcequiz.bank;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.model.Published;
import org.sourcequiz.model.Source;

/** Reads {@code sources.yaml}: the articles the bank quotes. */
final class SourcesReader {
    private SourcesReader() {}

    static List<Source> read(Node root, Problems problems) {
        List<Source> out = new ArrayList<>();
        if (!(root instanceof Node.MapNode map)) {
            problems.error(root.at(), "", "a sources file should be a mapping, not " + root.describe(),
                    "start with `format: 1` and `sources:`");
            return out;
        }
        Fields f = new Fields(map, FormatSpec.SOURCES_FILE, problems, "", "in sources file");
        f.integer("format", FormatSpec.VERSION, FormatSpec.VERSION);
        f.list("sources").ifPresent(list -> {
            for (Node n : list.items()) {
                source(n, problems).ifPresent(out::add);
            }
        });
        return out;
    }

    private static Optional<Source> source(Node n, Problems problems) {
        if (!(n instanceof Node.MapNode m)) {
            problems.error(n.at(), "", "a source should be a mapping, not " + n.describe(), "start it with `- id: ...`");
            return Optional.empty();
        }
        String id = m.entry("id") != null && m.entry("id").value() instanceof Node.ScalarNode s ? s.text() : "";
        Fields f = new Fields(m, FormatSpec.SOURCE, problems, id, "in source");
        Optional<String> sid = f.string("id");
        Optional<String> title = f.string("title");
        Optional<List<String>> authors = f.stringList("authors");
        Optional<String> file = f.string("file");
        Published published = published(f, id, problems);
        if (sid.isEmpty() || title.isEmpty() || authors.isEmpty() || file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(sid.get(), title.get(), authors.get(), published,
                f.string("outlet").orElse(""), f.has("note") ? f.string("note").orElse("") : "", file.get()));
    }

    private static Published published(Fields f, String id, Problems problems) {
        if (f.has("published") && f.has("published_estimate")) {
            problems.error(f.keyAt("published_estimate"), id, "give `published` or `published_estimate`, not both",
                    "keep `published` when the article states its date");
            return Published.unknown();
        }
        if (f.has("published")) {
            return f.string("published").flatMap(s -> date(s, f.at("published"), id, problems))
                    .map(iso -> new Published(iso, false, "")).orElse(Published.unknown());
        }
        if (!f.has("published_estimate")) {
            problems.warning(f.at("id"), id, "no publication date", "add `published`, or `published_estimate` with a reason");
            return Published.unknown();
        }
        Optional<Node.MapNode> est = f.mapping("published_estimate");
        if (est.isEmpty()) {
            return Published.unknown();
        }
        Fields e = new Fields(est.get(), FormatSpec.ESTIMATE, problems, id, "in published_estimate");
        Optional<String> date = e.string("date").flatMap(s -> date(s, e.at("date"), id, problems));
        Optional<String> reason = e.string("reason");
        return date.isPresent() && reason.isPresent() ? new Published(date.get(), true, reason.get()) : Published.unknown();
    }

    private static Optional<String> date(String text, Location at, String id, Problems problems) {
        try {
            Optional<IsoDate> d = IsoDate.parse(text);
            if (d.isEmpty()) {
                problems.error(at, id, "`" + text + "` is not a date", "write 2021-09-30, 2021-09 or 2021");
            }
            return d.map(IsoDate::iso);
        } catch (DateTimeException e) {
            problems.error(at, id, "`" + text + "` is not a real date: " + e.getMessage(), "check the day and month");
            return Optional.empty();
        }
    }
}
