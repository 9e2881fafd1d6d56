package org.sourcequiz.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.sourcequiz.model.Bank;

/**
 * The search index kept on disk between runs, one folder per content ({@link IndexKey}) under
 * {@code folder}: opening a cached index is much cheaper than building one in a cold JVM.
 *
 * <p>A missing, partial or corrupt copy is rebuilt without a word: every file's checksum is
 * checked before it is used. A copy is written in a folder of its own and renamed into place
 * in one step, so a reader never sees half of one and two processes may build at once. When the
 * folder cannot be written the index is built in memory, as with no cache at all.
 */
public final class IndexCache {
    /** Copies of other contents kept (other banks, other article folders), newest first. */
    static final int KEPT = 3;
    private static final String BUILDING = "building-";
    /** A half-built copy older than this belongs to a process that died; it is cleared away. */
    private static final long ABANDONED_MS = 60 * 60 * 1000L;

    private final Path folder;

    public IndexCache(Path folder) {
        this.folder = folder;
    }

    /** What happened on the last {@link #open}: for tests, and for the benchmark's doubts. */
    public enum Outcome { HIT, BUILT, IN_MEMORY }

    private Outcome last;

    public Outcome lastOutcome() {
        return last;
    }

    /** The index of this content: the cached copy when it is sound, else one built now (and kept when possible). */
    public SearchIndex open(Bank bank, List<IndexArticle> articles) {
        Path dir = folder.resolve(IndexKey.of(bank, articles));
        if (Files.isDirectory(dir)) {
            try {
                SearchIndex cached = verified(dir);
                last = Outcome.HIT;
                return cached;
            } catch (IOException | RuntimeException corrupt) {
                // Lucene says "corrupt" in several ways (checksums, missing files, unknown codecs):
                // each means the copy cannot be trusted, and it is made again below.
                deleteQuietly(dir);
            }
        }
        try {
            SearchIndex built = build(dir, bank, articles);
            last = Outcome.BUILT;
            prune(dir);
            return built;
        } catch (IOException | UncheckedIOException notWritable) {
            // A read-only or full data folder: search works all the same, only not faster next time.
            last = Outcome.IN_MEMORY;
            return SearchIndex.build(bank, articles);
        }
    }

    /** The copy in {@code dir}, once every file of it has passed its checksum. */
    private static SearchIndex verified(Path dir) throws IOException {
        Directory d = new NIOFSDirectory(dir, NoLockFactory.INSTANCE);
        for (String file : d.listAll()) {
            checksum(dir.resolve(file));
        }
        return SearchIndex.open(d);
    }

    /**
     * Every file Lucene writes ends with a footer holding the CRC-32 of all bytes before it; Lucene
     * itself checks only some of them on opening. Read whole and checked with the JDK's intrinsic
     * CRC32, which costs a cold JVM far less than Lucene's own checking input (CodecUtil's).
     */
    static void checksum(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int n = b.length;
        if (n < CodecUtil.footerLength() || ByteBuffer.wrap(b, n - 16, 4).getInt() != CodecUtil.FOOTER_MAGIC) {
            throw new CorruptIndexException("no footer", file.toString());
        }
        CRC32 crc = new CRC32();
        crc.update(b, 0, n - 8);
        if (ByteBuffer.wrap(b, n - 8, 8).getLong() != crc.getValue()) {
            throw new CorruptIndexException("checksum mismatch", file.toString());
        }
    }

    private SearchIndex build(Path dir, Bank bank, List<IndexArticle> articles) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempDirectory(folder, BUILDING);
        try {
            try (Directory d = new NIOFSDirectory(tmp, NoLockFactory.INSTANCE)) {
                SearchIndex.write(d, bank, articles);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // Another process put the same content in place first: its copy is checked like any found in the cache.
                return verified(dir);
            }
            return SearchIndex.open(new NIOFSDirectory(dir, NoLockFactory.INSTANCE));
        } finally {
            if (Files.exists(tmp)) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Keeps the {@link #KEPT} newest copies (this one among them) and clears abandoned half-built ones. */
    private void prune(Path current) {
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder)) {
            long now = System.currentTimeMillis();
            for (Path p : all) {
                if (!p.getFileName().toString().startsWith(BUILDING)) {
                    copies.add(p);
                } else if (now - modified(p) > ABANDONED_MS) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException unreadable) {
            return; // nothing to prune that can be seen
        }
        copies.remove(current);
        copies.sort(Comparator.comparingLong(IndexCache::modified).reversed());
        for (int i = KEPT - 1; i < copies.size(); i++) {
            deleteQuietly(copies.get(i));
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Best effort: a copy that cannot be removed now is tried again by a later prune or rebuild. */
    private static void deleteQuietly(Path p) {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        } catch (IOException | UncheckedIOException leftBehind) {
            // Left for the next attempt: a stale copy is never used, as its checksum or its key says.
        }
    }
}
