package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** `sourcequiz timeline`: the JSON contract, the plain lines, the filters and their usage errors. */
class TimelineCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURE = "src/test/resources/timeline-bank";

    private static JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("timeline", "--json"));
        all.addAll(List.of(args));
        CliRun r = CliRun.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheDocumentedShapeInDateOrder() throws Exception {
        JsonNode root = json("--bank", FIXTURE);
        assertThat(root.fieldNames()).toIterable().containsExactly("events");
        JsonNode events = root.get("events");
        assertThat(events.size()).isEqualTo(7);
        String last = "";
        for (JsonNode e : events) {
            assertThat(e.fieldNames()).toIterable()
                    .containsExactly("date", "end", "precision", "text", "sources", "questions", "disagreement");
            assertThat(e.get("date").asText()).matches("\\d{4}(-\\d\\d){0,2}");
            assertThat(e.get("date").asText().compareTo(last)).isGreaterThanOrEqualTo(0);
            last = e.get("date").asText();
            assertThat(e.get("precision").asText()).isIn("day", "month", "year");
            assertThat(e.get("sources").isArray() && e.get("sources").size() > 0).isTrue();
            assertThat(e.get("questions").isArray() && e.get("questions").size() > 0).isTrue();
            assertThat(e.get("end").isNull() || e.get("end").isTextual()).isTrue();
            assertThat(e.get("disagreement").isNull() || e.get("disagreement").has("versions")).isTrue();
        }
        JsonNode zapad = events.get(4);
        assertThat(zapad.get("date").asText()).isEqualTo("2021-09-10");
        assertThat(zapad.get("end").asText()).isEqualTo("2021-09-16");
        assertThat(zapad.get("precision").asText()).isEqualTo("day");
        assertThat(zapad.get("text").asText()).isEqualTo("Russia and Belarus hold the Zapad-2021 exercise");
        assertThat(zapad.get("sources").toString()).isEqualTo("[\"alpha\",\"beta\",\"gamma\"]");
        assertThat(events.get(0).get("disagreement").isNull()).isTrue();
    }

    @Test
    void aDisagreementGivesEachSourceItsVersion() throws Exception {
        JsonNode fighters = json("--bank", FIXTURE).get("events").get(3);
        JsonNode versions = fighters.get("disagreement").get("versions");
        assertThat(versions.size()).isEqualTo(2);
        for (JsonNode v : versions) {
            assertThat(v.fieldNames()).toIterable().containsExactly("source", "date", "passage", "questions");
        }
        assertThat(versions.get(0).get("source").asText()).isEqualTo("alpha");
        assertThat(versions.get(0).get("date").asText()).isEqualTo("2021-09-08");
        assertThat(versions.get(1).get("date").asText()).isEqualTo("2021-09-07");
        assertThat(versions.get(1).get("passage").asText()).isEqualTo("The fighters came on September 7.");
        assertThat(versions.get(1).get("questions").toString()).isEqualTo("[\"ev-fighters-b\"]");
    }

    @Test
    void plainIsOneEventALineWithItsSourcesAndDisagreementMarked() {
        CliRun r = CliRun.run("timeline", "--plain", "--bank", FIXTURE);
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("1999  [beta]  Belarus and Russia form the Union State");
        assertThat(lines.get(3)).isEqualTo("2021-09-07  [alpha, beta]  First Russian fighters arrive in Belarus"
                + "  (sources disagree: alpha 2021-09-08, beta 2021-09-07)");
        assertThat(lines.get(4)).as("dates that agree: the sources differ in what they say")
                .endsWith("Zapad-2021 exercise  (sources disagree: in what they say, alpha, beta, gamma)");
        // Without a terminal and without --plain, the same lines.
        assertThat(CliRun.run("timeline", "--bank", FIXTURE).out()).isEqualTo(r.out());
    }

    @Test
    void filtersKeepTheEventsOfASourceAndAPeriod() throws Exception {
        JsonNode gamma = json("--bank", FIXTURE, "--source", "gamma").get("events");
        assertThat(gamma.size()).isEqualTo(2);
        JsonNode october = json("--bank", FIXTURE, "--from", "2021-10", "--to", "2021-10").get("events");
        assertThat(october.size()).isEqualTo(1);
        assertThat(october.get(0).get("date").asText()).isEqualTo("2021-09");
        assertThat(october.get(0).get("end").asText()).isEqualTo("2021-10");
        CliRun none = CliRun.run("timeline", "--bank", FIXTURE, "--from", "2030");
        assertThat(none.exit()).isZero();
        assertThat(none.out()).startsWith("No dated events");
    }

    @Test
    void badFiltersAreUsageErrorsOnOneLine() {
        CliRun source = CliRun.run("timeline", "--bank", FIXTURE, "--source", "gama");
        assertThat(source.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(source.err().strip()).isEqualTo("sourcequiz: no source `gama` in the bank; did you mean gamma?");
        CliRun month = CliRun.run("timeline", "--from", "2021-13");
        assertThat(month.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(month.err()).contains("--from", "no month 13").doesNotContain("Exception");
        CliRun order = CliRun.run("timeline", "--from", "2022", "--to", "2021");
        assertThat(order.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("timeline", "--plain", "--json").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void theBundledBankHasATimeline() throws Exception {
        JsonNode events = json().get("events");
        assertThat(events.size()).isGreaterThan(10);
        assertThat(CliRun.run("--help").out()).contains("timeline");
    }
}
