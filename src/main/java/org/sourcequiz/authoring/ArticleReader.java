package org.sourcequiz.authoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an article's bytes into text, refusing what is no plain-text article: too large, empty,
 * binary, or not UTF-8. Each refusal is one line naming the file (and for bad bytes, line and column).
 */
public final class ArticleReader {
    /** Far above any article (the five seeds are 5 to 13 kB), low enough that drafting stays well under a second. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private ArticleReader() {}

    /** Checked before reading, so a huge file is refused without loading it. */
    public static void checkSize(String name, long size) {
        if (size > MAX_BYTES) {
            throw new ArticleException(name + ": " + size + " bytes is too large for an article (at most "
                    + MAX_BYTES / (1024 * 1024) + " MB); give the article's text alone");
        }
    }

    public static Article read(String name, String fileName, byte[] bytes) {
        checkSize(name, bytes.length);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 || b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                throw new ArticleException(name + ": a binary file (control byte 0x" + hex(b) + " at byte " + i
                        + "), not a plain-text article; save the article as plain text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            int[] at = lineAndColumn(bytes, start, bad);
            throw new ArticleException(name + ":" + at[0] + ":" + at[1] + ": not UTF-8 (byte 0x" + hex(bytes[bad] & 0xFF)
                    + "); save the article as UTF-8 (for example: iconv -f latin1 -t utf-8)");
        }
        if (text.isBlank()) {
            throw new ArticleException(name + ": the file is empty; give the text of an article");
        }
        return Article.of(fileName, text);
    }

    private static String hex(int b) {
        String h = Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT);
        return h.length() == 1 ? "0" + h : h;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes, int start) {
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return Math.max(start, bytes.length - 1);
    }

    /** 1-based line and column (in characters) of byte {@code at}. */
    private static int[] lineAndColumn(byte[] bytes, int start, int at) {
        int line = 1;
        int column = 1;
        for (int i = start; i < at; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] {line, column};
    }
}
