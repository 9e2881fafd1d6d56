package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `import FILE... --out DIR` with its plain options runs without picocli's model (Main goes to
 * the command directly); it must do and report exactly what picocli's reading of the line does.
 */
class ImportDirectTest {
    @TempDir
    Path dir;

    @Test
    void onlyThePlainFormsGoDirect() {
        for (String[] args : new String[][] {{"import", "a.gift"}, {"import", "a.gift", "--out"}, {"import", "--help", "--out", "o"},
                {"import", "a.gift", "--out=o", "x"}, {"import", "@files", "--out", "o"}, {"import", "a.gift", "--out", "o", "--out", "p"},
                {"import", "a.gift", "--out", "o", "--format", "docx"}, {"import", "a.gift", "--out", "o", "--report", "yaml"},
                {"import", "a.gift", "--out", "o", "--stacktrace"}, {"export", "a.gift", "--out", "o"}, {"import", "", "--out", "o"},
                {"import", "--out", "o", "--strict"}, {"import", "a.gift", "--out", "-o"}}) {
            assertThat(ImportCommand.direct(null, args)).as(String.join(" ", args)).isNull();
        }
        ImportCommand c = ImportCommand.direct(null, new String[] {"import", "a.gift", "b.xml", "--report", "JSON", "--out", "o",
                "--format", "moodlexml", "--strict"});
        assertThat(c.files).containsExactly(Path.of("a.gift"), Path.of("b.xml"));
        assertThat(c.out).isEqualTo(Path.of("o"));
        assertThat(c.format).hasToString("MOODLEXML");
        assertThat(c.report.json()).isTrue();
        assertThat(c.strict).isTrue();
    }

    /** The same files, output, errors and exit code as when an `--out=DIR` sends the line through picocli. */
    @Test
    void theImportIsTheSameAsPicocliMakesIt() throws Exception {
        Files.writeString(dir.resolve("a.gift"), "$CATEGORY: Seas\n\n::s::Which sea?{=Black ~White}\n\nNo end {=a\n\nJust text.\n");
        Files.writeString(dir.resolve("b.txt"), "Which river?\nA) Dnieper\nB) Volga\nANSWER: A\n");
        for (String[] rest : new String[][] {{"a.gift"}, {"a.gift", "b.txt", "--report", "json"}, {"a.gift", "--strict"},
                {"b.txt", "--format", "aiken"}, {"b.txt", "--format", "gift", "--report", "text"}, {"missing.gift"}}) {
            List<String> direct = new ArrayList<>(List.of("import", "--out", "direct"));
            direct.addAll(List.of(rest));
            List<String> parsed = new ArrayList<>(List.of("import", "--out=parsed"));
            parsed.addAll(List.of(rest));
            assertThat(ImportCommand.direct(null, direct.toArray(String[]::new))).isNotNull();
            CliRun a = CliRun.runIn(dir, Map.of(), direct.toArray(String[]::new));
            CliRun b = CliRun.runIn(dir, Map.of(), parsed.toArray(String[]::new));
            String line = String.join(" ", direct);
            assertThat(a.out().replace("direct", "OUT")).as(line).isEqualTo(b.out().replace("parsed", "OUT"));
            assertThat(a.err()).as(line).isEqualTo(b.err());
            assertThat(a.exit()).as(line).isEqualTo(b.exit());
            assertThat(listing(dir.resolve("direct"))).as(line).isEqualTo(listing(dir.resolve("parsed")));
        }
    }

    /** The files written to {@code out}, name and content, removed so that the next line starts afresh. */
    private static List<String> listing(Path out) throws Exception {
        List<String> files = new ArrayList<>();
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                for (Path p : s.sorted().toList()) {
                    files.add(p.getFileName() + "\n" + Files.readString(p));
                    Files.delete(p);
                }
            }
        }
        return files;
    }
}
