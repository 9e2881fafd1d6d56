package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.bank.LoadResult;

/** `validate PATH...` reads its files while picocli parses; the guess must never change what it reports. */
class ReadAheadTest {
    private static final Path HERE = Path.of("").toAbsolutePath();
    private static final String TEN = "src/test/resources/bank/ten";
    private final AppContext ctx = new AppContext(HERE, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

    @Test
    void onlyValidateWithNothingButPaths() {
        for (String[] args : new String[][] {{}, {"list"}, {"quiz", TEN}, {"validate", "--sources", "x"}, {"validate", "-h"},
                {"validate", TEN, "--format", "json"}, {"validate", "@args.txt"}, {"validate", ""}}) {
            assertThat(ReadAhead.start(ctx, args)).as(String.join(" ", args)).isEmpty();
        }
        assertThat(ReadAhead.start(ctx, new String[] {"validate"})).isPresent();
        assertThat(ReadAhead.start(ctx, new String[] {"validate", TEN, "questions"})).isPresent();
    }

    @Test
    void itsResultIsTheLoadOfThoseVeryPaths() {
        ReadAhead ahead = ReadAhead.start(ctx, new String[] {"validate", TEN}).orElseThrow();
        LoadResult direct = new BankLoader(HERE).load(List.of(Path.of(TEN)));
        assertThat(ahead.resultFor(List.of(Path.of(TEN)))).hasValueSatisfying(r -> {
            assertThat(r.problems()).isEqualTo(direct.problems());
            assertThat(r.bank()).isEqualTo(direct.bank());
        });
        assertThat(ahead.resultFor(List.of(Path.of(TEN), Path.of("questions")))).isEmpty();
        assertThat(ahead.resultFor(List.of())).isEmpty();
    }

    /** The same report whether the files were read ahead (paths alone) or not (an option given). */
    @Test
    void theReportIsTheSameEitherWay() {
        CliRun ahead = CliRun.run("validate", TEN);
        CliRun notAhead = CliRun.run("validate", "--format", "text", TEN);
        assertThat(ahead.out()).isEqualTo(notAhead.out()).contains("10 errors");
        assertThat(ahead.exit()).isEqualTo(notAhead.exit()).isEqualTo(1);
    }
}
