package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    private static final String GIFT = "$CATEGORY: $course$/top/Seas\n\nWhich sea?{=Black ~White}\n\nNo end {=a\n\nJust text.\n";

    @Test
    void writesTheReadableQuestionsAndExitsOneOnAnError() throws Exception {
        Files.writeString(dir.resolve("a.gift"), GIFT);
        CliRun r = CliRun.runIn(dir, Map.of(), "import", "a.gift", "--out", "out");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("a.gift (gift): 2 found, 1 imported, 1 skipped, 1 error")
                .contains("a.gift:5:8: error: Could not find {...} around answers (end the answers with }, or write a { that is text as \\{)")
                .contains("a.gift:7:1: skipped description: description: nothing to answer");
        String set = Files.readString(dir.resolve("out/seas.yaml"));
        assertThat(set).contains("origin: imported").contains("choices: [\"Black\", \"White\"]");
    }

    @Test
    void jsonReportHasTheDocumentedShape() throws Exception {
        Files.writeString(dir.resolve("a.gift"), GIFT);
        CliRun r = CliRun.runIn(dir, Map.of(), "import", "a.gift", "--out", "out", "--report", "json");
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertThat(file.get("file").asText()).isEqualTo("a.gift");
        assertThat(file.get("format").asText()).isEqualTo("gift");
        assertThat(file.get("found").asInt()).isEqualTo(2);
        assertThat(file.get("imported").asInt()).isEqualTo(1);
        assertThat(file.get("skipped").asInt()).isEqualTo(1);
        assertThat(file.get("errors").asInt()).isEqualTo(1);
        assertThat(file.get("types").get("multichoice").asInt()).isEqualTo(1);
        JsonNode p = file.get("problems").get(0);
        assertThat(p.get("line").asInt()).isEqualTo(5);
        assertThat(p.get("severity").asText()).isEqualTo("error");
        assertThat(p.has("type") && p.has("message")).isTrue();
        assertThat(p.get("column").asInt()).isEqualTo(8); // the `{` left open in "No end {=a"
        assertThat(p.get("hint").asText()).isEqualTo("end the answers with }, or write a { that is text as \\{");
    }

    @Test
    void strictWritesNothingWhenABlockCannotBeRead() throws Exception {
        Files.writeString(dir.resolve("a.gift"), GIFT);
        CliRun r = CliRun.runIn(dir, Map.of(), "import", "a.gift", "--out", "out", "--strict");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCleanFileExitsZeroAndFormatOverridesDetection() throws Exception {
        Files.writeString(dir.resolve("q.txt"), "Which?\nA) one\nB) two\nANSWER: B\n");
        assertThat(CliRun.runIn(dir, Map.of(), "import", "q.txt", "--out", "out").exit()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("out/q.yaml"))).contains("answer: \"two\"");
        CliRun forced = CliRun.runIn(dir, Map.of(), "import", "q.txt", "--out", "gift", "--format", "gift", "--report", "json");
        assertThat(forced.out()).contains("\"format\" : \"gift\"");
    }

    @Test
    void usageAndUnreadableFiles() throws Exception {
        assertThat(CliRun.runIn(dir, Map.of(), "import", "a.gift").exit()).isEqualTo(2);
        CliRun missing = CliRun.runIn(dir, Map.of(), "import", "nope.gift", "--out", "out");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.gift: no such file");
    }

    @Test
    void neverOverwritesAFileItDidNotWrite() throws Exception {
        Files.writeString(dir.resolve("a.gift"), "$CATEGORY: Seas\n\nQ?{T}\n");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/seas.yaml"), "format: 1\nid: seas\n");
        CliRun r = CliRun.runIn(dir, Map.of(), "import", "a.gift", "--out", "out");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("exists and was not written by an import");
        assertThat(Files.readString(dir.resolve("out/seas.yaml"))).isEqualTo("format: 1\nid: seas\n");
    }

    @Test
    void validateAcceptsWhatImportWrites() throws Exception {
        Path gift = Path.of("src/test/resources/interop/every-case.gift").toAbsolutePath();
        CliRun r = CliRun.runIn(dir, Map.of(), "import", gift.toString(), "--out", "out");
        assertThat(r.out()).contains("12 imported");
        CliRun v = CliRun.runIn(dir, Map.of(), "validate", "out");
        assertThat(v.exit()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("0 errors");
    }
}
