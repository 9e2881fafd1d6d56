package org.sourcequiz.explore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.apache.lucene.util.Version;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.Question;
import org.sourcequiz.model.QuestionSet;

/**
 * The name of a cached index: a hash of everything that goes into it (each indexed text of each
 * question in bank order, the articles' paragraphs), of the documents' layout and of Lucene's
 * version. Any change to a question's prompt, answer, explanation or passage, to an article, or
 * to how documents are made gives another name, so a cache never answers for other content.
 *
 * <p>Two CRCs and the byte count rather than SHA-256: both CRCs are single JDK intrinsics, while
 * SHA-256 in a cold JVM took some 250 ms over the bundled bank, as long as the search itself. The
 * key guards against stale content, not against an attacker (the cache is the user's own folder).
 */
final class IndexKey {
    /** Raised whenever {@link SearchIndex}'s documents change shape (fields, analysis, what an answer says). */
    static final int LAYOUT = 2;

    private final CRC32C first = new CRC32C();
    private final CRC32 second = new CRC32();
    private long bytes;

    private IndexKey() {}

    static String of(Bank bank, List<IndexArticle> articles) {
        IndexKey k = new IndexKey();
        // The version's numbers, not its toString: Lucene's own string concatenation spins method handles in a cold JVM.
        k.add("layout " + LAYOUT + " lucene " + Version.LATEST.major + "." + Version.LATEST.minor + "." + Version.LATEST.bugfix);
        for (QuestionSet set : bank.sets()) {
            for (Question q : set.questions()) {
                k.add(set.id());
                k.add(q.id());
                k.add(q.sourceId());
                k.add(q.prompt());
                k.add(IndexFields.answer(q));
                k.add(q.passage());
                k.add(q.stem().explain());
            }
        }
        for (IndexArticle a : articles) {
            k.add("article " + a.sourceId());
            a.paragraphs().forEach(k::add);
        }
        // Long.toHexString, not String.format: the Formatter loads locale data, a cost in a cold JVM.
        return Long.toHexString(k.first.getValue() << 32 | k.second.getValue()) + "-" + Long.toHexString(k.bytes);
    }

    /** Each value ends with a NUL, which no text holds: ("ab", "c") and ("a", "bc") hash apart. */
    private void add(String value) {
        byte[] b = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        first.update(b);
        first.update(0);
        second.update(b);
        second.update(0);
        bytes += b.length + 1;
    }
}
