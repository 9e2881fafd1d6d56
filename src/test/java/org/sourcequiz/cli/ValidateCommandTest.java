package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    @Test
    void aCleanSetExitsZeroAndSaysSo() {
        CliRun r = CliRun.run("validate", "src/test/resources/bank/fixture", "--sources", "src/test/resources/bank/seeds");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("0 errors, 0 warnings; 1 set, 9 questions read, every passage found in its article\n");
    }

    @Test
    void problemsArePrintedOnePerLineAndExitOne() {
        CliRun r = CliRun.run("validate", "src/test/resources/bank/ten");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(11)
                .first().isEqualTo("src/test/resources/bank/ten/ten-mistakes.yaml:6:11: error: [m1] unknown kind `choise` (did you mean `choice`?)");
        assertThat(r.out()).endsWith("10 errors, 0 warnings; 1 set, 1 question read\n");
    }

    @Test
    void jsonFormatForEditorsAndCi() throws Exception {
        CliRun r = CliRun.run("validate", "--format", "json", "src/test/resources/bank/ten");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("errors").asInt()).isEqualTo(10);
        JsonNode first = json.get("problems").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(6);
        assertThat(first.get("column").asInt()).isEqualTo(11);
        assertThat(first.get("question").asText()).isEqualTo("m1");
        assertThat(first.get("hint").asText()).isEqualTo("did you mean `choice`?");
    }

    @Test
    void theBundledBankIsTheDefault() {
        CliRun r = CliRun.run("validate");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("0 errors, 0 warnings;");
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun r = CliRun.run("validate", "--format", "xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("Try `sourcequiz validate --help`");
        assertThat(CliRun.run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void missingSourcesFolderIsAnInputError() {
        CliRun r = CliRun.run("validate", "src/test/resources/bank/fixture", "--sources", "no/such/dir");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("sourcequiz: no/such/dir: no such folder (--sources names the folder of article texts)\n");
    }
}
