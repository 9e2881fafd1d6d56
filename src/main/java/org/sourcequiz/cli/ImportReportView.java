package org.sourcequiz.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.interop.FileReport;
import org.sourcequiz.interop.ImportProblem;
import org.sourcequiz.text.TerminalSafety;

/** The human view of an import's report: one summary per file, each problem as file:line. */
final class ImportReportView {
    private ImportReportView() {}

    static void print(ImportJob.Result result, Path out, boolean strict, PrintWriter w) {
        for (FileReport r : result.reports()) {
            String file = TerminalSafety.oneLine(r.file());
            w.println(file + " (" + r.format() + "): " + r.found() + " found, " + r.imported() + " imported, "
                    + r.skipped() + " skipped, " + r.errors() + (r.errors() == 1 ? " error" : " errors")
                    + (r.types().isEmpty() ? "" : " — " + r.types().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
            for (ImportProblem p : r.problems()) {
                w.println("  " + file + ":" + p.line() + ": " + p.severity()
                        + (p.type().isEmpty() ? "" : " " + p.type()) + ": " + TerminalSafety.oneLine(p.message()));
            }
        }
        if (result.written().isEmpty()) {
            w.println(strict && result.hasErrors() ? "nothing written (--strict, and a block could not be read)"
                    : "nothing written: no question could be imported");
            return;
        }
        int questions = result.written().stream().mapToInt(ImportJob.Written::questions).sum();
        w.println("wrote " + questions + (questions == 1 ? " question" : " questions") + " in "
                + result.written().size() + (result.written().size() == 1 ? " set" : " sets") + " to " + out
                + "; check them with `sourcequiz validate " + out + "`");
        for (ImportJob.Written f : result.written()) {
            w.println("  " + f.file().getFileName() + "  " + f.questions() + (f.questions() == 1 ? " question" : " questions"));
        }
    }
}
