package org.sourcequiz.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 rows of a text, remembering where each cell starts so that an error can point at it. */
final class CsvCells {
    private final Path file;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<int[]> starts = new ArrayList<>();

    CsvCells(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The next row's cells, or null at the end of the text. */
    List<String> row() {
        if (pos >= text.length()) {
            return null;
        }
        starts.clear();
        List<String> cells = new ArrayList<>();
        while (true) {
            starts.add(new int[] {line, pos - lineStart + 1});
            cells.add(text.startsWith("\"", pos) ? quoted() : bare());
            if (pos >= text.length()) {
                return cells;
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                continue;
            }
            endOfLine();
            return cells;
        }
    }

    int rowLine() {
        return starts.isEmpty() ? line : starts.get(0)[0];
    }

    /** Where cell {@code i} of the last row starts: its line is {@link #rowLine()} unless a quoted cell before it spans lines. */
    int cellColumn(int i) {
        return i < starts.size() ? starts.get(i)[1] : 1;
    }

    private String bare() {
        int from = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw ResultsFileException.at(file, line, pos - lineStart + 1,
                        "a quote inside an unquoted cell; quote the whole cell and double the quote (\"\")");
            }
            pos++;
        }
        return text.substring(from, pos);
    }

    private String quoted() {
        int openLine = line;
        int openColumn = pos - lineStart + 1;
        pos++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw ResultsFileException.at(file, openLine, openColumn, "this quoted cell is never closed");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (text.startsWith("\"", pos + 1)) {
                    b.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                    throw ResultsFileException.at(file, line, pos - lineStart + 1,
                            "text after a closing quote; a quote inside a cell is written twice (\"\")");
                }
                return b.toString();
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            b.append(c);
            pos++;
        }
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        lineStart = pos;
    }
}
