package org.sourcequiz.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sourcequiz.interop.FileReport;
import org.sourcequiz.interop.ImportProblem;
import org.sourcequiz.interop.ImportRun;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.interop.SourceText;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.text.TerminalSafety;

/** {@code quiz FILE.gift|.txt|.xml}: Moodle files read straight into the bank a quiz runs on. */
public final class QuizFiles {
    private QuizFiles() {}

    /**
     * The paths that are Moodle files rather than question files: by extension ({@code .gift},
     * {@code .txt}, {@code .xml}), or every file when a format is forced.
     */
    public static List<Path> moodleFiles(List<Path> paths, InteropFormat forced) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (forced != null ? !name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json") && !p.toString().endsWith("/")
                    : name.endsWith(".gift") || name.endsWith(".txt") || name.endsWith(".xml")) {
                out.add(p);
            }
        }
        return out;
    }

    /** The bank of {@code quiz PATH...}: question files as always, with the sets of the Moodle files among them. */
    public static Bank bank(AppContext ctx, List<Path> paths, InteropFormat format) {
        List<Path> moodle = moodleFiles(paths, format);
        if (moodle.isEmpty()) {
            return BankOpening.valid(ctx, paths);
        }
        List<Path> rest = new ArrayList<>(paths);
        rest.removeAll(moodle);
        Bank base = rest.isEmpty() ? new Bank(List.of(), List.of()) : BankOpening.valid(ctx, rest);
        return withImported(ctx.workingDir(), base, moodle, format);
    }

    /** {@code base} with the sets of {@code files}; a file with a block that cannot be read is refused. */
    public static Bank withImported(Path workingDir, Bank base, List<Path> files, InteropFormat format) {
        ImportRun run = new ImportRun();
        for (Path f : files) {
            FileReport r = run.add(f.toString(), SourceText.decode(ImportJob.read(workingDir, f)), format);
            if (r.errors() > 0) {
                ImportProblem first = r.problems().stream().filter(p -> p.severity().equals(ImportProblem.ERROR)).findFirst().orElseThrow();
                throw new ImportJob.Failure(TerminalSafety.oneLine(first.format(r.file())) + " (" + r.errors()
                        + (r.errors() == 1 ? " block" : " blocks") + " cannot be read; `sourcequiz import " + f + " --out DIR` reports each)");
            }
        }
        List<QuestionSet> sets = new ArrayList<>(base.sets());
        List<String> taken = base.sets().stream().map(QuestionSet::id).toList();
        for (QuestionSet s : run.sets()) {
            if (taken.contains(s.id())) {
                throw new ImportJob.Failure("set `" + s.id() + "` of " + files + " has the id of a set already loaded; quiz on the files alone");
            }
            sets.add(s);
        }
        if (sets.isEmpty()) {
            throw new ImportJob.Failure(files + ": no question that sourcequiz can ask (see `sourcequiz import` for why)");
        }
        return new Bank(base.sources(), sets);
    }
}
