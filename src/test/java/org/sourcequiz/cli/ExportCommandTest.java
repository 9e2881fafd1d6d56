package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void giftOfOneSetCarriesPassageAndCitationAndSkipsOrder() throws Exception {
        CliRun r = CliRun.runIn(dir, Map.of(), "export", "--format", "gift", "--set", "zapad-2021", "--out", "z.gift",
                "--report", "json");
        assertThat(r.exit()).isZero();
        JsonNode rep = new ObjectMapper().readTree(r.out());
        assertThat(rep.get("format").asText()).isEqualTo("gift");
        assertThat(rep.get("exported").asInt()).isPositive();
        String gift = Files.readString(dir.resolve("z.gift"));
        assertThat(gift).startsWith("$CATEGORY: ").contains("####").contains("Passage\\: “").contains("Source\\: ");
        for (JsonNode p : rep.get("problems")) {
            if (p.get("severity").asText().equals("skipped")) {
                assertThat(p.get("kind").asText()).isEqualTo("order");
            }
        }
    }

    @Test
    void aikenHoldsSingleChoiceOnlyAndMoodleXmlEverything() throws Exception {
        CliRun a = CliRun.runIn(dir, Map.of(), "export", "--format", "aiken", "--out", "a.txt");
        assertThat(a.exit()).isZero();
        assertThat(a.out()).contains("skipped").contains("Aiken holds single-choice questions only");
        assertThat(Files.readString(dir.resolve("a.txt"))).contains("\nA) ").contains("ANSWER: ");
        CliRun x = CliRun.runIn(dir, Map.of(), "export", "--format", "moodlexml", "--tag", "date", "--out", "x.xml");
        assertThat(x.exit()).isZero();
        assertThat(x.out()).contains(", 0 skipped");
        assertThat(Files.readString(dir.resolve("x.xml"))).contains("<question type=\"shortanswer\">");
    }

    @Test
    void anUnknownSetIsAnInputError() {
        CliRun r = CliRun.runIn(dir, Map.of(), "export", "--format", "gift", "--set", "nope", "--out", "n.gift");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no set `nope`");
    }
}
