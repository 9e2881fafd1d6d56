package org.sourcequiz.app;

import java.util.List;
import org.sourcequiz.text.TerminalSafety;

/** Report lines made from file content (titles, tags, ids, options), made safe to print: no terminal controls, no line breaks. */
public final class SafeLines {
    private SafeLines() {}

    public static List<String> of(List<String> lines) {
        return lines.stream().map(TerminalSafety::oneLine).toList();
    }
}
