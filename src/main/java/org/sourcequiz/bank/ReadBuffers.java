package org.sourcequiz.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The arrays one reader reads and decodes files into, kept from file to file of a load. Fresh
 * arrays for each file of up to 4 MiB (its bytes, and twice as many bytes of characters) lived
 * through several young collections while the file was parsed, were promoted, and then lay dead
 * in the old generation: most of a 100,000-question load's peak memory (issue 6).
 */
final class ReadBuffers {
    private byte[] bytes;
    private int length;
    private char[] chars = new char[0];

    ReadBuffers() {
        this(new byte[0]);
    }

    /** Buffers holding {@code bytes} as the file read. */
    ReadBuffers(byte[] bytes) {
        this(bytes, new char[0]);
    }

    /** As {@link #ReadBuffers(byte[])}, decoding into {@code chars} when it is long enough, whatever it holds. */
    ReadBuffers(byte[] bytes, char[] chars) {
        this.bytes = bytes;
        this.length = bytes.length;
        this.chars = chars;
    }

    /**
     * Reads {@code file} whole, or its first {@code limit + 1} bytes when it is longer: enough for
     * the caller to see it is over the limit without reading all of a huge file.
     */
    void read(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than the file, so its end is seen without growing; a half more than
            // needed when growing, so files of a bank that differ a little in size share one array.
            grow((int) Math.min(limit + 1L, Files.size(file) + 1));
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    if (n > limit) {
                        break;
                    }
                    grow(Math.min(limit + 1, n * 2));
                }
                int got = in.read(bytes, n, bytes.length - n);
                if (got < 0) {
                    break;
                }
                n += got;
            }
            length = n;
        }
    }

    private void grow(int needed) {
        if (bytes.length < needed) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(needed, bytes.length * 3L / 2)));
        }
    }

    byte[] bytes() {
        return bytes;
    }

    /** How many bytes of {@link #bytes()} the file filled. */
    int length() {
        return length;
    }

    /** An array of at least {@code n} characters, as long as the byte array; what it held before is not cleared. */
    char[] chars(int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, bytes.length)];
        }
        return chars;
    }
}
