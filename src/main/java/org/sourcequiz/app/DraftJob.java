package org.sourcequiz.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcequiz.authoring.Article;
import org.sourcequiz.authoring.ArticleException;
import org.sourcequiz.authoring.ArticleReader;
import org.sourcequiz.authoring.Draft;
import org.sourcequiz.authoring.DraftYaml;
import org.sourcequiz.authoring.Drafter;
import org.sourcequiz.authoring.FactFinder;
import org.sourcequiz.authoring.Facts;
import org.sourcequiz.engine.GivenDate;

/**
 * `draft`: reads an article, finds its facts and writes DIR/&lt;id&gt;.yaml with draft questions and
 * the article's entry in DIR/sources.yaml (added to the file when it is there already).
 */
public final class DraftJob {
    private static final Pattern AUTHORS = Pattern.compile("(?im)^\\s*(?:Authors?|By):?\\s+(.+)$");

    public record Result(Path setFile, Path sourcesFile, String sourceId, int questions, int dates, int figures, int quotes) {
        /** What was drafted and where, naming the files under {@code out} as the user gave it. */
        public String summary(Path out) {
            return questions + " draft questions from " + dates + " dates, " + figures + " figures and " + quotes
                    + " quotations: " + out.resolve(setFile.getFileName()) + "; source `" + sourceId + "` in "
                    + out.resolve("sources.yaml");
        }
    }

    private DraftJob() {}

    /** Reads the article at {@code file} (refusing a file that is not plain UTF-8 text, with a one-line reason). */
    public static Article read(Path file, String shownName) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserInputException(shownName + ": a folder, not an article; give the article's text file");
            }
            ArticleReader.checkSize(shownName, Files.size(file));
            return ArticleReader.read(shownName, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (ArticleException e) {
            throw new UserInputException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserInputException(shownName + ": no such file; check the path");
        } catch (IOException e) {
            throw new UserInputException(shownName + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    public static Result run(Path articleFile, String shownName, Path outDir, String sourceId, String title) {
        Article article = read(articleFile, shownName);
        Facts facts = FactFinder.find(article);
        String t = title == null || title.isBlank() ? article.title() : title.strip();
        String id = sourceId == null || sourceId.isBlank() ? slug(t) : sourceId.strip();
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new UserInputException("--source-id " + id + ": use lowercase letters, digits and dashes");
        }
        List<Draft> drafts = Drafter.draft(facts, id);
        String published = facts.published().map(DraftJob::iso).orElse("");
        String entry = DraftYaml.sourceEntry(id, t, authors(article), published, article.fileName());
        Path setFile = outDir.resolve(id + ".yaml");
        Path sources = outDir.resolve("sources.yaml");
        try {
            Files.createDirectories(outDir);
            Files.writeString(setFile, DraftYaml.set(id, t, article.fileName(), drafts), StandardCharsets.UTF_8);
            if (Files.isRegularFile(sources)) {
                String old = Files.readString(sources, StandardCharsets.UTF_8);
                if (!Pattern.compile("(?m)^\\s*-\\s*id:\\s*\"?" + Pattern.quote(id) + "\"?\\s*$").matcher(old).find()) {
                    Files.writeString(sources, (old.endsWith("\n") ? old : old + "\n") + entry, StandardCharsets.UTF_8);
                }
            } else {
                Files.writeString(sources, DraftYaml.sourcesFile(entry), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UserInputException(outDir + ": cannot write the drafts (" + e.getMessage() + ")");
        }
        return new Result(setFile, sources, id, drafts.size(), facts.dates().size(), facts.figures().size(), facts.quotes().size());
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        List<String> words = new ArrayList<>(List.of(s.split("-")));
        String joined = String.join("-", words.subList(0, Math.min(6, words.size())));
        return joined.isEmpty() ? "article" : joined;
    }

    private static List<String> authors(Article article) {
        String head = String.join("\n", article.lines().subList(0, Math.min(8, article.lines().size())));
        Matcher m = AUTHORS.matcher(head);
        if (!m.find()) {
            return List.of();
        }
        String names = m.group(1).strip();
        if (names.matches("(?i)editor|admin|staff")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String n : names.split(",|\\band\\b")) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    private static String iso(GivenDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    }
}
