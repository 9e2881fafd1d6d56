package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.app.QuizFiles;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.UserInputException;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.model.Bank;

/** The bank of {@code quiz PATH...} when some paths are GIFT, Aiken or Moodle XML files. */
final class MoodleQuizFiles {
    private MoodleQuizFiles() {}

    static Bank bank(AppContext ctx, BankOptions options, InteropFormat format) {
        List<Path> moodle = QuizFiles.moodleFiles(options.paths, format);
        if (moodle.isEmpty()) {
            return BankOpening.valid(ctx, options.paths);
        }
        List<Path> rest = new ArrayList<>(options.paths);
        rest.removeAll(moodle);
        Bank base = rest.isEmpty() ? new Bank(List.of(), List.of()) : BankOpening.valid(ctx, rest);
        try {
            return QuizFiles.withImported(ctx.workingDir(), base, moodle, format);
        } catch (ImportJob.Failure e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
