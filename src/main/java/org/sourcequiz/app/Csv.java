package org.sourcequiz.app;

import java.util.List;

/** RFC 4180 lines: fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF. */
public final class Csv {
    private Csv() {}

    public static String line(List<?> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(fields.get(i)));
        }
        return b.append("\r\n").toString();
    }

    public static String field(Object value) {
        String s = value == null ? "" : value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
