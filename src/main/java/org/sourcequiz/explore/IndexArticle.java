package org.sourcequiz.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Source;

/**
 * The text of one source article, paragraph by paragraph, as the search index takes it. Read
 * from the folder the user names; never bundled.
 */
public record IndexArticle(String sourceId, List<String> paragraphs) {
    public IndexArticle {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Its paragraphs as the sources view numbers them (see {@link ArticleParagraphs}), so a hit's paragraph is the one shown there. */
    public static IndexArticle of(String sourceId, String text) {
        return new IndexArticle(sourceId, ArticleParagraphs.split(text));
    }

    /**
     * The articles of the bank's sources found in {@code dir} under each source's file name; a
     * source whose file is missing is listed in {@code missing}, not an error: the questions are
     * searched all the same.
     */
    public static List<IndexArticle> read(Bank bank, Path dir, List<String> missing) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder of source articles");
        }
        List<IndexArticle> articles = new ArrayList<>();
        for (Source s : bank.sources()) {
            Path file = s.file().isEmpty() ? null : dir.resolve(s.file());
            if (file == null || !Files.isRegularFile(file)) {
                missing.add(s.id());
                continue;
            }
            articles.add(of(s.id(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return articles;
    }
}
