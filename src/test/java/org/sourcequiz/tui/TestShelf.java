package org.sourcequiz.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.explore.ArticleParagraph;
import org.sourcequiz.explore.Citations;
import org.sourcequiz.explore.PassageMark;
import org.sourcequiz.explore.SourceArticle;
import org.sourcequiz.model.Source;

/**
 * The fixture bank's sources as the text UI gets them, built by explore from the test article
 * (src/test/resources/explore/articles/named.txt); `unnamed` has no text there, so its cited
 * passages come alone with a note, as without --sources.
 */
final class TestShelf implements ArticleShelf {
    static final Path ARTICLES = Path.of("src/test/resources/explore/articles");
    static final String NOTE = "The full text of the article needs --sources DIR.";

    @Override
    public List<Entry> entries() {
        return Citations.summaries(Harness.BANK).stream().map(s -> new Entry(s.source(), s.questions(), s.passages())).toList();
    }

    @Override
    public Article article(String sourceId) {
        Source s = Harness.BANK.source(sourceId).orElseThrow();
        Path file = ARTICLES.resolve(s.file());
        if (!Files.exists(file)) {
            return convert(SourceArticle.citedOnly(Harness.BANK, s), NOTE);
        }
        try {
            return convert(SourceArticle.full(Harness.BANK, s, Files.readString(file, StandardCharsets.UTF_8)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article convert(SourceArticle a, String note) {
        List<Paragraph> ps = new ArrayList<>();
        for (ArticleParagraph p : a.paragraphs()) {
            ps.add(new Paragraph(p.text(), p.marks().stream().map((PassageMark m) -> new Mark(m.start(), m.end())).toList(),
                    p.questions()));
        }
        return new Article(a.source(), a.full(), note, ps);
    }
}
