package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.app.QuizFiles;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.model.Bank;

/** The bank of {@code quiz PATH...} when some paths are GIFT, Aiken or Moodle XML files. */
final class MoodleQuizFiles {
    private MoodleQuizFiles() {}

    static Bank bank(AppContext ctx, BankOptions options, InteropFormat format) {
        List<Path> moodle = QuizFiles.moodleFiles(options.paths, format);
        if (moodle.isEmpty()) {
            return options.loadValid(new BankLoader(ctx.workingDir()));
        }
        BankOptions rest = new BankOptions();
        rest.paths = new ArrayList<>(options.paths);
        rest.paths.removeAll(moodle);
        Bank base = rest.paths.isEmpty() ? new Bank(List.of(), List.of()) : rest.loadValid(new BankLoader(ctx.workingDir()));
        try {
            return QuizFiles.withImported(ctx.workingDir(), base, moodle, format);
        } catch (ImportJob.Failure e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
