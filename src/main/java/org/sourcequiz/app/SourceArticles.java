package org.sourcequiz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.explore.Citations;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.explore.SourceSummary;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Source;

/**
 * The sources view's use case: the bank's sources, and one source's article read from the folder
 * of article texts (the folder `validate --sources` takes; the articles are never in the project).
 */
public final class SourceArticles {
    /** Said wherever the cited passages are shown without the article. */
    public static final String NEEDS_SOURCES = "The full text of the article needs --sources DIR "
            + "(the folder of the article texts; or set SOURCEQUIZ_SOURCES).";

    private final Bank bank;
    private final Optional<Path> dir;

    public SourceArticles(Bank bank, Optional<Path> dir) {
        this.bank = bank;
        this.dir = dir;
    }

    /** {@code --sources DIR} when given, else $SOURCEQUIZ_SOURCES, relative to the working folder. */
    public static Optional<Path> dir(AppContext ctx, Path option) {
        if (option != null) {
            return Optional.of(ctx.workingDir().resolve(option));
        }
        String env = ctx.env().get("SOURCEQUIZ_SOURCES");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(ctx.workingDir().resolve(env));
    }

    public Bank bank() {
        return bank;
    }

    public List<SourceSummary> summaries() {
        return Citations.summaries(bank);
    }

    /** The source with this id; an unknown id is bad input, answered with the ids there are. */
    public Source source(String id) {
        return bank.source(id).orElseThrow(() -> new UserInputException("no source `" + id + "`"
                + DidYouMean.closest(id, ids()).map(c -> " (did you mean `" + c + "`?)").orElse("")
                + "; the sources are: " + String.join(", ", ids())));
    }

    private List<String> ids() {
        return bank.sources().stream().map(Source::id).toList();
    }

    /** The article in full when a folder was given (its file missing is bad input), else its cited passages. */
    public SourceArticle article(String id) {
        Source s = source(id);
        if (dir.isEmpty()) {
            return SourceArticle.citedOnly(bank, s);
        }
        try {
            return SourceArticle.full(bank, s, read(s, dir.get()));
        } catch (IOException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /**
     * For the text UI, which has no error line to print: the article when it can be read, else the
     * cited passages and the note why.
     */
    public record Reading(SourceArticle article, String note) {}

    public Reading reading(Source s) {
        if (dir.isEmpty()) {
            return new Reading(SourceArticle.citedOnly(bank, s), NEEDS_SOURCES);
        }
        try {
            return new Reading(SourceArticle.full(bank, s, read(s, dir.get())), "");
        } catch (IOException e) {
            return new Reading(SourceArticle.citedOnly(bank, s), e.getMessage() + "; the cited passages alone are shown.");
        }
    }

    /** The article's text; the message of the exception is one line naming the path and what to do. */
    private static String read(Source s, Path folder) throws IOException {
        if (s.file().isEmpty()) {
            throw new IOException("source `" + s.id() + "` names no `file` in sources.yaml, so its article cannot be found in " + folder);
        }
        Path file = folder.resolve(s.file());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            String why = Files.isDirectory(folder) ? "" : " (" + folder + " is not a folder)";
            throw new IOException("the article of source `" + s.id() + "` is not at " + file + why
                    + ": give --sources the folder of the article texts named in questions/sources.yaml");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + ": not UTF-8 text; save the article as UTF-8");
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
