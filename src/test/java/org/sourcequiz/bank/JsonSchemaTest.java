package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Kind;

class JsonSchemaTest {
    @Test
    void theSchemaInTheRepoIsWhatTheCommandPrints() throws Exception {
        assertThat(Files.readString(Path.of("questions/schema.json")))
                .as("questions/schema.json is stale: regenerate it with `./sourcequiz schema > questions/schema.json`")
                .isEqualTo(JsonSchema.text());
    }

    @Test
    void everyKindAndItsKeysAreInTheSchema() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(JsonSchema.text()).get("$defs");
        for (Kind k : Kind.values()) {
            JsonNode props = defs.get(k.fileName()).get("properties");
            assertThat(props.get("kind").get("const").asText()).isEqualTo(k.fileName());
            FormatSpec.questionFields(k).forEach(f -> assertThat(props.has(f.name())).as(k + "." + f.name()).isTrue());
        }
    }

    @Test
    void everyBankFilePointsEditorsAtTheSchema() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("questions"))) {
            files.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> {
                try {
                    assertThat(Files.readAllLines(p).get(0)).as(p.toString())
                            .isEqualTo("# yaml-language-server: $schema=schema.json");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
