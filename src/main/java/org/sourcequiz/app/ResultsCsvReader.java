package org.sourcequiz.app;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcequiz.authoring.ResultsAnswer;
import org.sourcequiz.authoring.ResultsAttempt;
import org.sourcequiz.model.Kind;

/**
 * Reads results written by {@code quiz --results FILE.csv}: a header, then one row per question.
 * Columns are found by name, so older files (without profile and finished) and files a spreadsheet
 * reordered read the same. Rows of several sessions under one header (a class's rows gathered in
 * one sheet) are several attempts.
 */
final class ResultsCsvReader {
    private static final String HINT = "; analyze reads the files `sourcequiz quiz --results FILE.csv` writes";

    private ResultsCsvReader() {}

    static List<ResultsAttempt> read(Path file, byte[] bytes) {
        String text = utf8(file, bytes);
        CsvCells cells = new CsvCells(file, text);
        List<String> header = cells.row();
        if (header == null) {
            throw ResultsFileException.at(file, 1, 1, "the file is empty" + HINT);
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip(), i);
        }
        for (String need : List.of("id", "points", "max_points")) {
            if (!col.containsKey(need)) {
                throw ResultsFileException.at(file, 1, 1, "the header has no \"" + need + "\" column" + HINT);
            }
        }
        Map<String, Builder> sessions = new LinkedHashMap<>();
        List<String> row;
        while ((row = cells.row()) != null) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw ResultsFileException.at(file, cells.rowLine(), 1,
                        "this row has " + row.size() + " cells, the header " + header.size());
            }
            String session = cell(row, col, "session");
            Builder b = sessions.computeIfAbsent(session, s -> new Builder());
            b.profile = cell(row, col, "profile");
            String finished = cell(row, col, "finished");
            if (!finished.isEmpty()) {
                try {
                    b.finished = Optional.of(Instant.parse(finished));
                } catch (DateTimeParseException e) {
                    throw at(file, cells, header, col.get("finished"), "\"finished\" should be a time such as 2026-01-31T09:00:00Z");
                }
            }
            Optional<Kind> kind = Kind.fromFileName(cell(row, col, "kind"));
            boolean skipped = cell(row, col, "verdict").equals("skipped");
            b.answers.add(new ResultsAnswer(cell(row, col, "id"), kind, number(file, cells, row, header, col, "points"),
                    number(file, cells, row, header, col, "max_points"), skipped,
                    Picks.of(kind, skipped, cell(row, col, "given")), cell(row, col, "expected")));
        }
        List<ResultsAttempt> out = new ArrayList<>();
        String origin = file.toString();
        sessions.forEach((s, b) -> out.add(new ResultsAttempt(b.profile, s, origin, b.finished, b.answers)));
        return out;
    }

    private static final class Builder {
        String profile = "";
        Optional<Instant> finished = Optional.empty();
        final List<ResultsAnswer> answers = new ArrayList<>();
    }

    /** A cell's text, without the quote that keeps a spreadsheet from running "=…" as a formula. */
    private static String cell(List<String> row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        if (i == null) {
            return "";
        }
        String v = row.get(i);
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static double number(Path file, CsvCells cells, List<String> row, List<String> header, Map<String, Integer> col,
                                 String name) {
        String v = row.get(col.get(name)).strip();
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // Reported below, with its place.
        }
        throw at(file, cells, header, col.get(name), "\"" + name + "\" should be a number, not \"" + v + "\"");
    }

    private static ResultsFileException at(Path file, CsvCells cells, List<String> header, int column, String what) {
        return ResultsFileException.at(file, cells.rowLine(), cells.cellColumn(column), what + " (column " + header.get(column) + ")");
    }

    private static String utf8(Path file, byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new ResultsFileException(file + ": not UTF-8 text" + HINT);
        }
    }
}
