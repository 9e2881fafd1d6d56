package org.sourcequiz.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;

/**
 * Loading a generated bank folder ({@link BankGenerator}) with {@link BankLoader}, against
 * Jackson parsing the same files into plain trees with no validation and no model (both read the
 * files side by side on every core). Each
 * invocation is one whole load; the {@code questions} counter turns that into questions per
 * second, the figure the target is set in.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Dfile.encoding=UTF-8")
public class BankLoadBenchmark {

    @State(Scope.Benchmark)
    public static class Folder {
        @Param({"yaml", "json"})
        public String format;

        @Param({"100000"})
        public int questions;

        Path dir;
        List<Path> files;
        boolean json;

        @Setup(Level.Trial)
        public void generate() throws IOException {
            json = format.equals("json");
            dir = BankGenerator.write(Path.of("target/bench-bank", format + "-" + questions), questions, 1000,
                    BankGenerator.Format.valueOf(format.toUpperCase(Locale.ROOT)));
            BankGenerator.checkLoads(dir, questions);
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(json ? ".json" : ".yaml"))
                        .filter(p -> !p.endsWith(BankLoader.SOURCES_FILE)).sorted().toList();
            }
        }
    }

    /** Questions read per second, reported beside the loads per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counted {
        public long questions;
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @Benchmark
    public LoadResult loader(Folder f, Counted c) {
        LoadResult r = new BankLoader(Path.of("")).load(List.of(f.dir));
        c.questions += f.questions;
        return r;
    }

    /**
     * The raw parse the loader cannot go below: bytes to a Jackson tree, file by file, files side
     * by side as the loader reads them, so the ratio is the cost of our checks and model alone.
     */
    @Benchmark
    public long jacksonTree(Folder f, Counted c) {
        ObjectMapper m = f.json ? JSON : YAML;
        long n = f.files.parallelStream().mapToLong(p -> {
            try {
                return m.readTree(Files.readAllBytes(p)).get("questions").size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        c.questions += n;
        return n;
    }
}
