package org.sourcequiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.BundledBank;
import org.sourcequiz.bank.LoadResult;

/**
 * Writes a bank of N questions in the real file format, as an instructor would lay it out: many
 * set files of about a thousand questions each, beside a {@code sources.yaml}. The questions are
 * the bundled bank's, every kind and every field as its authors wrote them (real passages with
 * curly quotes and dashes, highlights, tolerances, ranges, distractors), cycled with fresh ids,
 * so parsing and validation do the work a real bank of that size would ask of them.
 *
 * <p>Usage: {@code BankGenerator DIR [QUESTIONS] [PER_FILE] [yaml|json]}.
 */
public final class BankGenerator {
    public enum Format { YAML, JSON }

    private static final ObjectMapper YAML_READ = new ObjectMapper(new YAMLFactory());
    /**
     * FastYamlTest.generatedSets writes with the same settings, to keep files like these on the
     * loader's fast YAML path: change both together.
     */
    private static final ObjectMapper YAML_WRITE = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());
    private static final ObjectMapper JSON_WRITE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BankGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int questions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Format format = args.length > 3 ? Format.valueOf(args[3].toUpperCase(Locale.ROOT)) : Format.YAML;
        write(dir, questions, perFile, format);
        LoadResult r = checkLoads(dir, questions);
        System.out.printf(Locale.ROOT, "%s: %,d questions in %d files, %,d bytes, no errors (%d warnings)%n",
                dir, questions, r.bank().sets().size(), bytes(dir), r.warningCount());
    }

    /** Writes the bank into {@code dir} unless a complete one of the same shape is already there. */
    public static Path write(Path dir, int questions, int perFile, Format format) throws IOException {
        Path done = dir.resolve(".complete");
        String shape = questions + " " + perFile + " " + format;
        if (Files.exists(done) && Files.readString(done).equals(shape)) {
            return dir;
        }
        clear(dir);
        Files.createDirectories(dir);
        Path bundled = BundledBank.root();
        Files.copy(bundled.resolve(BankLoader.SOURCES_FILE), dir.resolve(BankLoader.SOURCES_FILE));
        List<ObjectNode> templates = templates(bundled);
        int files = (questions + perFile - 1) / perFile;
        int next = 0;
        for (int f = 0; f < files; f++) {
            ObjectNode set = YAML_WRITE.createObjectNode();
            set.put("format", 1);
            set.put("id", String.format(Locale.ROOT, "generated-%04d", f + 1));
            set.put("title", String.format(Locale.ROOT, "Generated set %d", f + 1));
            set.put("description", "Questions cycled from the bundled bank with fresh ids, for load benchmarks.");
            set.putArray("tags").add("generated");
            ArrayNode list = set.putArray("questions");
            for (int i = 0; i < perFile && next < questions; i++, next++) {
                ObjectNode q = templates.get(next % templates.size()).deepCopy();
                q.put("id", q.get("id").asText() + "-" + next);
                list.add(q);
            }
            String name = String.format(Locale.ROOT, "set-%04d.%s", f + 1, format == Format.YAML ? "yaml" : "json");
            (format == Format.YAML ? YAML_WRITE : JSON_WRITE).writeValue(dir.resolve(name).toFile(), set);
        }
        Files.writeString(done, shape);
        return dir;
    }

    /** Loads the folder and fails unless every question came through without an error. */
    public static LoadResult checkLoads(Path dir, int questions) {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(dir));
        if (r.hasErrors()) {
            throw new IllegalStateException("generated bank has " + r.errorCount() + " errors, first: " + r.problems().get(0));
        }
        int loaded = r.bank().sets().stream().mapToInt(s -> s.questions().size()).sum();
        if (loaded != questions) {
            throw new IllegalStateException("generated bank loaded " + loaded + " questions, not " + questions);
        }
        return r;
    }

    /** Every question of the bundled files, in file order. */
    private static List<ObjectNode> templates(Path bundled) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(bundled)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith(BankLoader.SOURCES_FILE))
                    .sorted().toList()) {
                JsonNode set = YAML_READ.readTree(Files.readAllBytes(f));
                set.get("questions").forEach(q -> out.add((ObjectNode) q));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no questions in the bundled bank at " + bundled);
        }
        return out;
    }

    static long bytes(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
