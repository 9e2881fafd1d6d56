package org.sourcequiz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.interop.FileReport;
import org.sourcequiz.interop.ImportRun;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.interop.SetFileWriter;
import org.sourcequiz.interop.SourceText;
import org.sourcequiz.model.QuestionSet;

/**
 * {@code sourcequiz import}: Moodle GIFT, Aiken and Moodle XML files into question files, one
 * per category, that {@code validate} accepts. The readable questions are written even when some
 * blocks could not be read, unless the import is strict.
 */
public final class ImportJob {
    /** The marker a written set carries; a file without it is never overwritten. */
    private static final String IMPORTED = "\norigin: imported\n";

    /** @param written the question files written, in set order; empty when strict and there were errors */
    public record Result(List<FileReport> reports, List<Written> written, boolean hasErrors) {}

    public record Written(Path file, String setId, int questions) {}

    /** Told how far the import is: a file started, or a number of its questions read. */
    public interface Progress {
        void file(Path file, int index, int files);

        void questions(Path file, int read);
    }

    /** A file cannot be read or written: the message names it and says what to do. */
    public static final class Failure extends UserInputException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private ImportJob() {}

    /**
     * @param files  as the user named them (reports name them so), resolved against {@code workingDir}
     * @param format null: each file's format from its content
     */
    public static Result run(Path workingDir, List<Path> files, Path outDir, InteropFormat format, boolean strict,
                             Progress progress) {
        ImportRun run = new ImportRun();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            progress.file(f, i, files.size());
            run.add(f.toString(), SourceText.decode(read(workingDir, f)), format, n -> progress.questions(f, n));
        }
        boolean errors = run.hasErrors();
        List<Written> written = new ArrayList<>();
        if (!(strict && errors)) {
            List<QuestionSet> sets = run.sets();
            for (QuestionSet s : sets) {
                written.add(new Written(write(workingDir.resolve(outDir), s), s.id(), s.questions().size()));
            }
        }
        return new Result(run.reports(), written, errors);
    }

    /** {@code file} as the user named it (errors name it so), resolved against {@code workingDir}. */
    static byte[] read(Path workingDir, Path file) {
        try {
            return Files.readAllBytes(workingDir.resolve(file));
        } catch (NoSuchFileException e) {
            throw new Failure(file + ": no such file");
        } catch (IOException e) {
            throw new Failure(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Path write(Path outDir, QuestionSet set) {
        Path target = outDir.resolve(set.id() + ".yaml");
        try {
            Files.createDirectories(outDir);
            if (Files.exists(target) && !Files.readString(target, StandardCharsets.UTF_8).contains(IMPORTED)) {
                throw new Failure(target + " exists and was not written by an import; choose another --out folder");
            }
            Files.writeString(target, SetFileWriter.write(set), StandardCharsets.UTF_8);
            return target;
        } catch (IOException e) {
            throw new Failure(target + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
