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
        root.put("anyOf", List.of(ordered("$ref", "#/$defs/questionSet"), ordered("$ref", "#/$defs/sourcesFile")));
        Map<String, Object> defs = new LinkedHashMap<>();
        Map<String, Object> set = object(FormatSpec.SET, Map.of());
        // Only a set of origin: imported may leave out what its source tool had none of.
        set.put("if", ordered("required", List.of("origin"), "properties", ordered("origin", ordered("const", "imported"))));
        set.put("else", ordered("properties", ordered("questions", ordered("items", ordered("required",
                FormatSpec.COMMON.stream().filter(Field::importedMayOmit).map(Field::name).toList())))));
        defs.put("questionSet", set);
        defs.put("question", Map.of("oneOf", java.util.Arrays.stream(Kind.values())
                .map(k -> Map.of("$ref", "#/$defs/" + k.fileName())).toList()));
        for (Kind k : Kind.values()) {
            Map<String, Object> kindConst = new LinkedHashMap<>();
            kindConst.put("const", k.fileName());
            kindConst.put("description", "This question's kind.");
            Map<String, Object> schema = object(FormatSpec.questionFields(k), Map.of("kind", kindConst));
            if (k == Kind.NUMBER) {
                schema.put("oneOf", answerOrRange());
            }
            defs.put(k.fileName(), schema);
        }
        defs.put("pair", object(FormatSpec.PAIR, Map.of()));
        Map<String, Object> band = object(FormatSpec.BAND, Map.of());
        band.put("oneOf", answerOrRange());
        defs.put("band", band);
        defs.put("truefalseFeedback", object(FormatSpec.TRUEFALSE_FEEDBACK, Map.of()));
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
        o.put("required", fields.stream().filter(f -> f.required() && !f.importedMayOmit()).map(Field::name).toList());
        o.put("additionalProperties", false);
        return o;
    }

    private static Map<String, Object> type(Field f) {
        return switch (f.type()) {
            case STRING, TEXT -> ordered("type", List.of("string", "number"), "maxLength", Fields.MAX_TEXT);
            case STRING_LIST -> ordered("type", "array", "items",
                    ordered("type", List.of("string", "number"), "maxLength", Fields.MAX_TEXT));
            case INTEGER -> ordered("type", "integer");
            case NUMBER -> ordered("type", "number");
            case BOOLEAN -> ordered("type", "boolean");
            case ISO_DATE -> ordered("type", List.of("string", "integer"),
                    "pattern", "^\\d{4}(-\\d{1,2}(-\\d{1,2})?)?$");
            case NUMBER_RANGE -> ordered("type", "array", "items", ordered("type", "number"), "minItems", 2, "maxItems", 2);
            case PAIR_LIST -> ordered("type", "array", "items", ordered("$ref", "#/$defs/pair"));
            case WEIGHT_LIST -> ordered("type", "array", "items", ordered("type", "number", "minimum", -1, "maximum", 1));
            case FEEDBACK_LIST -> ordered("type", "array", "items",
                    ordered("type", List.of("string", "number"), "maxLength", Fields.MAX_TEXT));
            case TRUEFALSE_FEEDBACK -> ordered("$ref", "#/$defs/truefalseFeedback");
            case BAND_LIST -> ordered("type", "array", "items", ordered("$ref", "#/$defs/band"));
            case WORD -> ordered("enum", FormatSpec.WORDS.get(f.name()));
            case ESTIMATE -> ordered("$ref", "#/$defs/estimate");
            case QUESTION_LIST -> ordered("type", "array", "items", ordered("$ref", "#/$defs/question"));
            case SOURCE_LIST -> ordered("type", "array", "items", ordered("$ref", "#/$defs/source"));
        };
    }

    private static List<Object> answerOrRange() {
        return List.of(ordered("required", List.of("answer")), ordered("required", List.of("range")));
    }

    /** Map.of has no stable order, and the schema file must be the same on every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
