package org.sourcequiz.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seeds for the fuzzers: the real question files of the bundled bank and the test fixtures, each
 * also cut into one-question sets (small inputs mutate densely and parse fast), their JSON forms,
 * and a few tiny documents.
 */
public final class Corpus {
    private static final List<String> TINY = List.of("", "{}", "[]", "format: 1\n", "- a\n", "a: b\n", "\"x\"", "1",
            "null", "format: 1\nid: t\ntitle: T\nquestions: []\n");
    private static final String HEADER = "format: 1\nid: one\ntitle: One question\nquestions:\n";
    private static final String QUESTION_START = "\n  - id:";

    private static List<String> yamlSets;
    private static List<String> jsonSets;

    private Corpus() {}

    /** Question sets in YAML: whole files, then each question alone under a set header. */
    public static synchronized List<String> yamlSets() {
        if (yamlSets == null) {
            List<String> out = new ArrayList<>(TINY);
            for (Path f : files("questions", "src/test/resources")) {
                String name = f.getFileName().toString();
                if (name.endsWith(".yaml") && !name.startsWith("sources")) {
                    String text = read(f);
                    out.add(text);
                    out.addAll(oneQuestionSets(text));
                }
            }
            yamlSets = List.copyOf(out);
        }
        return yamlSets;
    }

    /** The same sets as JSON, and the JSON fixtures. */
    public static synchronized List<String> jsonSets() {
        if (jsonSets == null) {
            List<String> out = new ArrayList<>(TINY);
            ObjectMapper json = new ObjectMapper();
            YAMLMapper yaml = new YAMLMapper();
            for (String s : yamlSets()) {
                try {
                    if (!s.isBlank()) {
                        out.add(json.writerWithDefaultPrettyPrinter().writeValueAsString(yaml.readTree(s)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("a corpus file does not parse", e);
                }
            }
            files("src/test/resources").stream().filter(f -> f.toString().endsWith(".json")).map(Corpus::read).forEach(out::add);
            jsonSets = List.copyOf(out);
        }
        return jsonSets;
    }

    /** Items of {@code corpus} under 4 KB: a folder of them loads in a millisecond or two. */
    public static List<String> small(List<String> corpus) {
        return corpus.stream().filter(s -> s.length() < 4_096).toList();
    }

    /** Every sources file, whole and one source at a time. */
    public static List<String> sourcesFiles() {
        List<String> out = new ArrayList<>(TINY);
        for (Path f : files("questions", "src/test/resources")) {
            if (f.getFileName().toString().equals("sources.yaml")) {
                String text = read(f);
                out.add(text);
                int list = text.indexOf("sources:\n");
                for (String part : text.substring(list + "sources:\n".length()).split("\n(?=  - id:)")) {
                    out.add("format: 1\nsources:\n" + part + "\n");
                }
            }
        }
        return out;
    }

    /** Answers as students type them, for every kind. */
    public static List<String> answers() {
        return List.of("9 September 2021", "Sept 9, 2021", "9 Sept 2021", "9th of September", "2021-09-09", "9.9.2021",
                "09/09/2021", "September 2021", "2021-09", "2021", "9.9.", "31.12.99", "65,089", "65 089", "65089", "1.2k",
                "1,2 million", "41.3%", "about 200 000", "12,800 personnel", "$1 bn", "more than 80", "1'000",
                "Krūms", "Gatis Krums", "Lukashenko", "the EU", "2", "b", "1,3", "a, c", "t", "false", "3 1 2", "312",
                "1b 2a 3c", "1-b, 2:a", "", " ", ":skip");
    }

    private static List<String> oneQuestionSets(String set) {
        List<String> out = new ArrayList<>();
        int at = set.indexOf(QUESTION_START);
        while (at >= 0) {
            int next = set.indexOf(QUESTION_START, at + 1);
            out.add(HEADER + set.substring(at + 1, next < 0 ? set.length() : next + 1));
            at = next;
        }
        return out;
    }

    private static List<Path> files(String... roots) {
        List<Path> out = new ArrayList<>();
        for (String root : roots) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
