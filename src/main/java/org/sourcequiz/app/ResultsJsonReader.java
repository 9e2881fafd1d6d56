package org.sourcequiz.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.authoring.ResultsAnswer;
import org.sourcequiz.authoring.ResultsAttempt;
import org.sourcequiz.model.Kind;

/**
 * Reads a results file that {@code quiz --results} wrote as JSON, with Jackson's streaming parser:
 * a class's worth of files is read in the time a tree would take to be built for a tenth of them.
 * Only the fields analysis needs are kept; the others (tallies by set, tag, …) are skipped.
 */
final class ResultsJsonReader {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String HINT = "; analyze reads the files `sourcequiz quiz --results FILE.json` writes";

    private ResultsJsonReader() {}

    static ResultsAttempt read(Path file, byte[] bytes) {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            return attempt(file, p);
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw ResultsFileException.at(file, l.getLineNr(), l.getColumnNr(), "broken JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ResultsFileException(file + ": cannot read it: " + e.getMessage());
        }
    }

    private static ResultsAttempt attempt(Path file, JsonParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw ResultsFileException.at(file, 1, 1, "the file is empty" + HINT);
        }
        if (first != JsonToken.START_OBJECT) {
            throw wrong(file, p, "a results file is one JSON object" + HINT);
        }
        String session = "";
        String profile = "";
        Optional<Instant> finished = Optional.empty();
        List<ResultsAnswer> answers = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "session" -> session = text(file, p, value, name);
                case "profile" -> profile = text(file, p, value, name);
                case "finished" -> finished = Optional.of(instant(file, p, text(file, p, value, name)));
                case "questions" -> answers = questions(file, p, value);
                default -> p.skipChildren();
            }
        }
        if (answers == null) {
            throw ResultsFileException.at(file, 1, 1, "no \"questions\" list" + HINT);
        }
        return new ResultsAttempt(profile, session, file.toString(), finished, answers);
    }

    private static List<ResultsAnswer> questions(Path file, JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw wrong(file, p, "\"questions\" should be a list");
        }
        List<ResultsAnswer> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw wrong(file, p, "each entry of \"questions\" should be an object");
            }
            out.add(question(file, p));
        }
        return out;
    }

    private static ResultsAnswer question(Path file, JsonParser p) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        Optional<Kind> kind = Optional.empty();
        String verdict = "";
        String given = "";
        String expected = "";
        Double points = null;
        Double max = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = text(file, p, value, name);
                case "kind" -> kind = Kind.fromFileName(text(file, p, value, name));
                case "verdict" -> verdict = text(file, p, value, name);
                case "given" -> given = text(file, p, value, name);
                case "expected" -> expected = text(file, p, value, name);
                case "points" -> points = number(file, p, value, name);
                case "max_points" -> max = number(file, p, value, name);
                default -> p.skipChildren();
            }
        }
        String missing = id == null ? "id" : points == null ? "points" : max == null ? "max_points" : null;
        if (missing != null) {
            throw ResultsFileException.at(file, start.getLineNr(), start.getColumnNr(),
                    "this question has no \"" + missing + "\"" + HINT);
        }
        boolean skipped = verdict.equals("skipped");
        return new ResultsAnswer(id, kind, points, max, skipped, Picks.of(kind, skipped, given), expected);
    }

    private static String text(Path file, JsonParser p, JsonToken value, String name) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw wrong(file, p, "\"" + name + "\" should be a string");
        }
        return p.getText();
    }

    private static double number(Path file, JsonParser p, JsonToken value, String name) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrong(file, p, "\"" + name + "\" should be a number");
        }
        return p.getDoubleValue();
    }

    private static Instant instant(Path file, JsonParser p, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw wrong(file, p, "\"finished\" should be a time such as 2026-01-31T09:00:00Z, not " + text);
        }
    }

    private static ResultsFileException wrong(Path file, JsonParser p, String what) {
        JsonLocation l = p.currentTokenLocation();
        return ResultsFileException.at(file, l.getLineNr(), l.getColumnNr(), what);
    }
}
