package org.sourcequiz.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads small question files written by a test into a temporary folder beside a sources file. */
final class Fixtures {
    static final String SOURCES = """
            format: 1
            sources:
              - id: demo
                title: A made-up article for tests
                authors: [Ann Author]
                published: 2021-09-30
                file: demo.txt
            """;

    /** A question with every common key, to be completed with a kind's keys. */
    static String question(String id, String kindKeys) {
        return "  - id: " + id + "\n"
                + kindKeys.indent(4)
                + "    prompt: A prompt.\n"
                + "    source: demo\n"
                + "    passage: About 200 thousand people took part, with more than 80 planes.\n"
                + "    explain: Why.\n";
    }

    static String set(String... questions) {
        return "format: 1\nid: t\ntitle: T\nquestions:\n" + String.join("", questions);
    }

    private Fixtures() {}

    static LoadResult load(Path dir, String fileName, String content) {
        return load(dir, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    static LoadResult load(Path dir, String fileName, byte[] content) {
        try {
            Files.writeString(dir.resolve("sources.yaml"), SOURCES);
            Files.write(dir.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BankLoader(dir).load(List.of(dir.resolve(fileName)));
    }

    static List<String> messages(LoadResult r) {
        return r.problems().stream().map(p -> p.severity().label() + " " + p.line() + ":" + p.column() + " " + p.message()).toList();
    }
}
