package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * `validate PATH...` runs without picocli's model (Main goes to the command directly); it must
 * report exactly what the same command line parsed by picocli reports.
 */
class ValidateDirectTest {
    private static final String TEN = "src/test/resources/bank/ten";

    @Test
    void onlyValidateFollowedByNothingButPathsGoesDirect() {
        for (String[] args : new String[][] {{}, {"list"}, {"quiz", TEN}, {"validate", "--sources", "x"}, {"validate", "-h"},
                {"validate", TEN, "--format", "json"}, {"validate", "@args.txt"}, {"validate", ""}, {"validate", "--"}}) {
            assertThat(ValidateCommand.plainPaths(args)).as(String.join(" ", args)).isNull();
        }
        assertThat(ValidateCommand.plainPaths(new String[] {"validate"})).isEmpty();
        assertThat(ValidateCommand.plainPaths(new String[] {"validate", TEN, "questions"}))
                .containsExactly(Path.of(TEN), Path.of("questions"));
    }

    /** The same output, errors and exit code as with an option that sends the line through picocli. */
    @Test
    void theReportIsTheSameAsPicocliGives() {
        for (String[] paths : new String[][] {{}, {TEN}, {TEN, "questions"}, {"no/such/folder"}, {"questions/sources.yaml"}}) {
            List<String> direct = new ArrayList<>(List.of("validate"));
            direct.addAll(List.of(paths));
            List<String> parsed = new ArrayList<>(direct);
            parsed.add(1, "--format=text");
            CliRun a = CliRun.run(direct.toArray(String[]::new));
            CliRun b = CliRun.run(parsed.toArray(String[]::new));
            assertThat(a.out()).as(String.join(" ", direct)).isEqualTo(b.out()).isNotEmpty();
            assertThat(a.err()).as(String.join(" ", direct)).isEqualTo(b.err());
            assertThat(a.exit()).as(String.join(" ", direct)).isEqualTo(b.exit());
        }
    }
}
