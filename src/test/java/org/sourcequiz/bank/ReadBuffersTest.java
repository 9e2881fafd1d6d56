package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadBuffersTest {
    @TempDir
    Path dir;

    @Test
    void aSmallerFileAfterALargerOneIsReadToItsOwnLength() throws IOException {
        ReadBuffers b = new ReadBuffers();
        b.read(write("big", 200_000, (byte) 'a'), 1 << 20);
        assertThat(b.length()).isEqualTo(200_000);
        byte[] first = b.bytes();
        b.read(write("small", 10, (byte) 'b'), 1 << 20);
        assertThat(b.length()).isEqualTo(10);
        assertThat(b.bytes()).as("the array is reused").isSameAs(first);
        assertThat(Arrays.copyOf(b.bytes(), 10)).containsOnly((byte) 'b');
    }

    @Test
    void aFileOverTheLimitIsReadOnlyOneByteBeyondIt() throws IOException {
        ReadBuffers b = new ReadBuffers();
        b.read(write("huge", 300_000, (byte) 'c'), 100_000);
        assertThat(b.length()).isEqualTo(100_001);
    }

    @Test
    void charactersAreAsLongAsTheBytesSoOneArrayServesTheWholeLoad() throws IOException {
        ReadBuffers b = new ReadBuffers();
        b.read(write("f", 1000, (byte) 'd'), 1 << 20);
        char[] chars = b.chars(1000);
        assertThat(chars.length).isGreaterThanOrEqualTo(1000);
        assertThat(b.chars(999)).isSameAs(chars);
    }

    private Path write(String name, int size, byte fill) throws IOException {
        byte[] content = new byte[size];
        Arrays.fill(content, fill);
        return Files.write(dir.resolve(name), content);
    }
}
