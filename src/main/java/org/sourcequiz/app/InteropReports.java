package org.sourcequiz.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sourcequiz.interop.ExportProblem;
import org.sourcequiz.interop.FileReport;
import org.sourcequiz.interop.ImportProblem;
import org.sourcequiz.text.TerminalSafety;

/** The human views of import's and export's reports: a summary per file, each problem on its own line. */
public final class InteropReports {
    private InteropReports() {}

    /** One summary per file read, each problem as file:line:column with its hint, then what was written to {@code out}. */
    public static List<String> importLines(ImportJob.Result result, Path out, boolean strict) {
        List<String> lines = new ArrayList<>();
        for (FileReport r : result.reports()) {
            String file = TerminalSafety.oneLine(r.file());
            lines.add(file + " (" + r.format() + "): " + r.found() + " found, " + r.imported() + " imported, "
                    + r.skipped() + " skipped, " + r.errors() + (r.errors() == 1 ? " error" : " errors")
                    + (r.types().isEmpty() ? "" : " — " + r.types().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
            for (ImportProblem p : r.problems()) {
                lines.add("  " + TerminalSafety.oneLine(p.format(r.file())));
            }
        }
        if (result.written().isEmpty()) {
            lines.add(strict && result.hasErrors() ? "nothing written (--strict, and a block could not be read)"
                    : "nothing written: no question could be imported");
            return lines;
        }
        int questions = result.written().stream().mapToInt(ImportJob.Written::questions).sum();
        lines.add("wrote " + questions + (questions == 1 ? " question" : " questions") + " in "
                + result.written().size() + (result.written().size() == 1 ? " set" : " sets") + " to " + out
                + "; check them with `sourcequiz validate " + out + "`");
        for (ImportJob.Written f : result.written()) {
            lines.add("  " + f.file().getFileName() + "  " + f.questions() + (f.questions() == 1 ? " question" : " questions"));
        }
        return lines;
    }

    /** Import's progress in words ("importing a.gift: 120 questions"), for a progress line. */
    public static ImportJob.Progress importProgress(Consumer<String> show) {
        return new ImportJob.Progress() {
            @Override
            public void file(Path file, int index, int count) {
                show.accept("importing " + file.getFileName() + (count > 1 ? " (" + (index + 1) + " of " + count + ")" : ""));
            }

            @Override
            public void questions(Path file, int read) {
                show.accept("importing " + file.getFileName() + ": " + read + " questions");
            }
        };
    }

    /** What was written where, then each question skipped or changed and why. */
    public static List<String> exportLines(ExportJob.Report r) {
        List<String> lines = new ArrayList<>();
        lines.add("wrote " + r.exported() + " questions to " + r.file() + " (" + r.format() + "), " + r.skipped() + " skipped");
        for (ExportProblem p : r.problems()) {
            lines.add("  " + p.id() + ": " + p.severity() + ": " + TerminalSafety.oneLine(p.message()));
        }
        return lines;
    }
}
