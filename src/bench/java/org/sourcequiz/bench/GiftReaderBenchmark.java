package org.sourcequiz.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sourcequiz.interop.FileReport;
import org.sourcequiz.interop.GiftReader;
import org.sourcequiz.interop.ImportRun;
import org.sourcequiz.interop.InteropFormat;
import org.sourcequiz.interop.Parsed;
import org.sourcequiz.interop.SourceText;

/**
 * The GIFT reader on a file of 10,000 questions (bench/interop-speed.sh writes it), in one thread:
 * the reader alone, the reader with the mapping to the model (the import without writing), and
 * as the baseline the least any GIFT reader does: cut the text into lines and the lines into
 * blank-separated blocks, finding each block's answer braces. Each invocation reads the whole
 * file; the {@code questions} counter gives questions per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Dfile.encoding=UTF-8")
public class GiftReaderBenchmark {

    @State(Scope.Benchmark)
    public static class File {
        @Param({"target/bench/big.gift"})
        public String path;

        String content;
        int questions;

        @Setup(Level.Trial)
        public void read() throws IOException {
            content = SourceText.decode(Files.readAllBytes(Path.of(path)));
            Parsed p = GiftReader.read(content);
            if (!p.problems().isEmpty()) {
                throw new IllegalStateException(path + " has problems: " + p.problems().get(0));
            }
            questions = p.questions().size();
        }
    }

    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counted {
        public long questions;
    }

    @Benchmark
    public Parsed giftReader(File f, Counted c) {
        Parsed p = GiftReader.read(f.content);
        c.questions += p.questions().size();
        return p;
    }

    @Benchmark
    public FileReport readAndMap(File f, Counted c) {
        FileReport r = new ImportRun().add("big.gift", f.content, InteropFormat.GIFT);
        c.questions += r.found();
        return r;
    }

    /** Lines, blocks and each block's braces: a floor under any reader of the format. */
    @Benchmark
    public long linesAndBlocks(File f, Counted c) {
        List<String> lines = SourceText.lines(f.content);
        long braces = 0;
        boolean inBlock = false;
        for (String line : lines) {
            boolean blank = line.isBlank();
            if (!blank) {
                braces += line.indexOf('{') + line.indexOf('}');
            }
            inBlock = !blank;
        }
        c.questions += f.questions;
        return braces + (inBlock ? 1 : 0);
    }
}
