package org.sourcequiz.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcequiz.model.Kind;

/** The JSON Schema of the question file format, generated from {@link FormatSpec}. */
public final class JsonSchema {
    public static final String ID = "urn:sourcequiz:question-format:1";

    private JsonSchema() {}

    public static String text() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema cannot be written", e);
        }
    }

    static Map<String, Object> schema() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "sourcequiz question file, format 1");
        root.put("description", "A question set, or the sources.yaml that declares the articles it quotes.");
        root.put("anyOf", List.of(Map.of("$ref", "#/$defs/questionSet"), Map.of("$ref", "#/$defs/sourcesFile")));
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("questionSet", object(FormatSpec.SET, Map.of()));
        defs.put("question", Map.of("oneOf", java.util.Arrays.stream(Kind.values())
                .map(k -> Map.of("$ref", "#/$defs/" + k.fileName())).toList()));
        for (Kind k : Kind.values()) {
            Map<String, Object> kindConst = new LinkedHashMap<>();
            kindConst.put("const", k.fileName());
            kindConst.put("description", "This question's kind.");
            Map<String, Object> schema = object(FormatSpec.questionFields(k), Map.of("kind", kindConst));
            if (k == Kind.NUMBER) {
                schema.put("oneOf", List.of(Map.of("required", List.of("answer")), Map.of("required", List.of("range"))));
            }
            defs.put(k.fileName(), schema);
        }
        defs.put("pair", object(FormatSpec.PAIR, Map.of()));
        defs.put("sourcesFile", object(FormatSpec.SOURCES_FILE, Map.of()));
        defs.put("source", object(FormatSpec.SOURCE, Map.of()));
        defs.put("estimate", object(FormatSpec.ESTIMATE, Map.of()));
        root.put("$defs", defs);
        return root;
    }

    private static Map<String, Object> object(List<Field> fields, Map<String, Object> overrides) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Field f : fields) {
            Map<String, Object> p = new LinkedHashMap<>(type(f));
            p.put("description", f.description());
            props.put(f.name(), overrides.getOrDefault(f.name(), p));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        o.put("properties", props);
        o.put("required", fields.stream().filter(Field::required).map(Field::name).toList());
        o.put("additionalProperties", false);
        return o;
    }

    private static Map<String, Object> type(Field f) {
        return switch (f.type()) {
            case STRING, TEXT -> Map.of("type", List.of("string", "number"));
            case STRING_LIST -> Map.of("type", "array", "items", Map.of("type", List.of("string", "number")));
            case INTEGER -> Map.of("type", "integer");
            case NUMBER -> Map.of("type", "number");
            case BOOLEAN -> Map.of("type", "boolean");
            case ISO_DATE -> Map.of("type", List.of("string", "integer"),
                    "pattern", "^\\d{4}(-\\d{1,2}(-\\d{1,2})?)?$");
            case NUMBER_RANGE -> Map.of("type", "array", "items", Map.of("type", "number"), "minItems", 2, "maxItems", 2);
            case PAIR_LIST -> Map.of("type", "array", "items", Map.of("$ref", "#/$defs/pair"));
            case ESTIMATE -> Map.of("$ref", "#/$defs/estimate");
            case QUESTION_LIST -> Map.of("type", "array", "items", Map.of("$ref", "#/$defs/question"));
            case SOURCE_LIST -> Map.of("type", "array", "items", Map.of("$ref", "#/$defs/source"));
        };
    }
}
