package org.sourcequiz.app;

import java.nio.file.Path;
import org.sourcequiz.store.HistoryFiles;

/**
 * Which history a command works on: the global options --data-dir and --profile.
 *
 * @param dataDirOption what --data-dir gave (relative to the working folder), or null
 * @param profile       the profile's name; "default" is the history at the top of the data folder
 */
public record HistoryChoice(Path dataDirOption, String profile) {
    public static final HistoryChoice DEFAULT = new HistoryChoice(null, "default");

    /** The history file; a profile name that cannot be a folder name is the user's mistake (exit 1). */
    public Path file(AppContext ctx) {
        if (!HistoryFiles.isValidProfile(profile)) {
            throw new UserInputException("--profile " + profile + ": a profile name is up to 64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        return HistoryFiles.historyFile(dataDir(ctx), profile);
    }

    public Path dataDir(AppContext ctx) {
        return ctx.dataDir(dataDirOption);
    }
}
