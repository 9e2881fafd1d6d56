package org.sourcequiz.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.model.Bank;
import org.sourcequiz.model.NumberQuestion;
import org.sourcequiz.model.QuestionSet;
import org.sourcequiz.model.Stem;

/** Start-up reads the snapshot instead of the files: it must give students exactly the same bank. */
class BankSnapshotTest {

    @Test
    void theBuildsSnapshotIsTheBankTheFilesGive() {
        BankLoader loader = new BankLoader(Path.of(""));
        LoadResult fromFiles = loader.loadBundledFiles();
        LoadResult fromSnapshot = BundledBank.snapshot().orElseThrow(
                () -> new AssertionError("the build writes questions/bank.snapshot (exec-maven-plugin, process-classes)"));

        assertThat(fromFiles.hasErrors()).isFalse();
        assertThat(fromSnapshot.bank().sets()).allSatisfy(
                s -> assertThat(s.origin()).startsWith(BankLoader.BUNDLED_PREFIX));
        assertThat(byFileName(fromSnapshot.bank())).isEqualTo(byFileName(fromFiles.bank()));
        assertThat(fromSnapshot.questionLocations()).isEqualTo(fromFiles.questionLocations());
        assertThat(byFileName(loader.loadBundled().bank())).isEqualTo(byFileName(fromFiles.bank()));
    }

    /** Run from a build, the files live in target/classes and are named by that path, not "bundled:". */
    private static Bank byFileName(Bank bank) {
        return new Bank(bank.sources(), bank.sets().stream().map(s -> new QuestionSet(s.id(), s.title(), s.description(),
                s.tags(), s.questions(), Path.of(s.origin().replaceFirst("^bundled:", "")).getFileName().toString())).toList());
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws IOException {
        LoadResult files = new BankLoader(Path.of("")).load(List.of(Path.of("questions")));
        LoadResult back = roundTrip(files);

        assertThat(back.bank()).isEqualTo(files.bank());
        assertThat(back.questionLocations()).isEqualTo(files.questionLocations());
    }

    @Test
    void aRangeWithoutASingleValueAndTextsBeyond64KiB() throws IOException {
        String longPassage = "é".repeat(70_000);
        Stem stem = new Stem("q1", "How many?", "src", longPassage, "", List.of(), 1, 1, List.of());
        NumberQuestion range = new NumberQuestion(stem, null, new BigDecimal("1.50"), new BigDecimal("2E+3"), "");
        Bank bank = new Bank(List.of(), List.of(new QuestionSet("s", "S", "", List.of(), List.of(range), "s.yaml")));
        LoadResult back = roundTrip(new LoadResult(bank, List.of(), Map.of("q1", new Location(3, 5))));

        NumberQuestion read = (NumberQuestion) back.bank().questions().get(0);
        assertThat(read.value()).isNull();
        assertThat(read.low()).isEqualByComparingTo("1.5");
        assertThat(read.high()).isEqualByComparingTo("2000");
        assertThat(read.stem().passage()).isEqualTo(longPassage);
        assertThat(back.questionLocations()).containsEntry("q1", new Location(3, 5));
    }

    @Test
    void aTruncatedOrForeignSnapshotIsRefusedNotHalfRead() throws IOException {
        byte[] whole = bytes(new BankLoader(Path.of("")).load(List.of(Path.of("questions"))));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        byte[] foreign = "key: value\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(truncated)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(foreign)).isInstanceOf(IOException.class);
    }

    private static LoadResult roundTrip(LoadResult result) throws IOException {
        return read(bytes(result));
    }

    private static byte[] bytes(LoadResult result) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            BankSnapshot.write(result, out);
        }
        return buffer.toByteArray();
    }

    private static LoadResult read(byte[] bytes) throws IOException {
        return BankSnapshot.read(bytes);
    }
}
