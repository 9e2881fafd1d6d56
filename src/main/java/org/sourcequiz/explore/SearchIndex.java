package org.sourcequiz.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/**
 * A Lucene index, in memory, of every question's prompt, answer, explanation and passage, and of
 * the articles' paragraphs when they are given. BM25 ranks (Lucene's default similarity). Built
 * in memory, or opened from the on-disk copy {@link IndexCache} keeps: building it in a cold JVM
 * is most of a first search. Read-only once built, and safe to search from several threads.
 */
public final class SearchIndex {
    /** Positions, for phrases; no offsets, as snippets are found by reading the stored text again. */
    private static final FieldType TEXT = textType();

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final SearchHighlighter highlighter;

    private SearchIndex(Analyzer analyzer, IndexSearcher searcher) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.highlighter = new SearchHighlighter(analyzer);
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        t.freeze();
        return t;
    }

    /** The bank's questions, and the articles' paragraphs (none to leave them out), indexed in memory. */
    public static SearchIndex build(Bank bank, List<IndexArticle> articles) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            write(dir, bank, articles);
            return open(dir);
        } catch (IOException e) {
            // Memory, not a disk: nothing here can fail for want of space or permission.
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the bank (and articles) into an empty {@code dir}, as one segment, committed. */
    static void write(Directory dir, Bank bank, List<IndexArticle> articles) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer()).setCommitOnClose(true)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        // One segment, written once in a compound file: the fewest files for a cached index to open.
        config.setRAMBufferSizeMB(64).setUseCompoundFile(true);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (QuestionSet set : bank.sets()) {
                for (Question q : set.questions()) {
                    w.addDocument(question(set, q));
                }
            }
            for (IndexArticle a : articles) {
                for (int i = 0; i < a.paragraphs().size(); i++) {
                    w.addDocument(paragraph(a.sourceId(), i + 1, a.paragraphs().get(i)));
                }
            }
        }
    }

    /** The index written by {@link #write} into {@code dir}. */
    static SearchIndex open(Directory dir) throws IOException {
        return new SearchIndex(new IndexAnalyzer(), new IndexSearcher(DirectoryReader.open(dir)));
    }

    private static Document question(QuestionSet set, Question q) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, SearchHit.Type.QUESTION.name(), Field.Store.YES));
        d.add(new StoredField(IndexFields.ID, q.id()));
        d.add(new StoredField(IndexFields.SET, set.id()));
        d.add(new StoredField(IndexFields.SOURCE, q.sourceId()));
        text(d, IndexFields.PROMPT, q.prompt());
        text(d, IndexFields.ANSWER, IndexFields.answer(q));
        text(d, IndexFields.PASSAGE, q.passage());
        text(d, IndexFields.EXPLAIN, q.stem().explain());
        return d;
    }

    private static Document paragraph(String sourceId, int number, String text) {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, SearchHit.Type.ARTICLE.name(), Field.Store.YES));
        d.add(new StoredField(IndexFields.SOURCE, sourceId));
        d.add(new StoredField(IndexFields.PARAGRAPH, number));
        text(d, IndexFields.ARTICLE, text);
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        // Queries run on the one field of all texts; each text is kept by its name for its snippet.
        d.add(new StoredField(field, value));
        d.add(new Field(IndexFields.ALL, value, TEXT));
    }

    /** What {@code input} means as a query: the words and phrases searched for. */
    public SearchQuery query(String input) {
        return SearchQuery.parse(input, analyzer);
    }

    /** The best {@code limit} hits for what the user typed, best first; none when it has no words. */
    public List<SearchHit> search(String input, int limit) {
        SearchQuery q = query(input);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(q.toLucene(), limit);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(sd, q));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchHit hit(ScoreDoc sd, SearchQuery q) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        SearchHit.Type type = SearchHit.Type.valueOf(d.get(IndexFields.TYPE));
        SearchSnippet snippet = highlighter.snippet(d, q);
        SearchSnippet s = snippet != null ? snippet : new SearchSnippet("", List.of());
        if (type == SearchHit.Type.ARTICLE) {
            return new SearchHit(type, null, null, d.get(IndexFields.SOURCE),
                    d.getField(IndexFields.PARAGRAPH).numericValue().intValue(), sd.score, s);
        }
        return new SearchHit(type, d.get(IndexFields.ID), d.get(IndexFields.SET), d.get(IndexFields.SOURCE), 0, sd.score, s);
    }

    /** How many documents the index holds: questions, then article paragraphs. */
    public int size() {
        return searcher.getIndexReader().numDocs();
    }
}
