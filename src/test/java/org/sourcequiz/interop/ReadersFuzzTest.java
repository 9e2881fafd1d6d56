package org.sourcequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.fuzz.Fuzz;
import org.sourcequiz.fuzz.Mutations;
import org.sourcequiz.fuzz.Shape;
import org.sourcequiz.model.Bank;

/**
 * Mutated GIFT, Aiken and Moodle XML through import: no exception escapes, every problem has a
 * line inside the file, found = imported + skipped. 2,000 inputs per reader in `mvn verify`,
 * 100,000 with `bench/fuzz.sh` (profile fuzz).
 */
class ReadersFuzzTest {
    private static final List<String> TOKENS = List.of("{", "}", "~", "=", "#", "####", "::", "->", "%50%", "%-33.3%",
            "\\", "\\{", "\\n", "$CATEGORY: a/b", "// [id:x]", "// [tag:y]", "[html]", "[markdown]", "{#", "..", ":",
            "\n\n", "\r", "\uFEFF", "<b>", "<img src=\"@@PLUGINFILE@@/a.png\">", "A) ", "B. ", "ANSWER: A", "ANSWER:",
            "<question type=\"multichoice\">", "</question>", "<answer fraction=\"50\">", "<text>", "</text>", "<![CDATA[",
            "]]>", "&amp;", "&x;", "<!DOCTYPE quiz [<!ENTITY x \"y\">]>", "<quiz>", "</quiz>", "\u001B[31m", "1e999", "NaN");
    private static Mutations gift;
    private static Mutations aiken;
    private static Mutations xml;

    @BeforeAll
    static void corpus() throws Exception {
        Bank bank = new BankLoader(Path.of("").toAbsolutePath()).loadBundled().bank();
        var few = bank.sets().subList(0, 2);
        gift = new Mutations(List.of(Files.readString(Path.of("src/test/resources/interop/every-case.gift")),
                GiftWriter.write(bank, few).text()), TOKENS);
        aiken = new Mutations(List.of(AikenWriter.write(few).text(), "Q?\nA) a\nB. b\nANSWER: B\n"), TOKENS);
        xml = new Mutations(List.of(MoodleXmlWriter.write(bank, few).text()), TOKENS);
    }

    @ParameterizedTest
    @EnumSource(InteropFormat.class)
    void noExceptionAndEveryProblemHasALine(InteropFormat format) {
        Mutations m = switch (format) {
            case GIFT -> gift;
            case AIKEN -> aiken;
            case MOODLEXML -> xml;
        };
        Fuzz.run("import " + format.cliName(), m::text, Shape.TEXT, input -> {
            FileReport r = new ImportRun().add("f", input, format);
            int lines = SourceText.lines(input).size();
            assertThat(r.found()).isEqualTo(r.imported() + r.skipped());
            for (ImportProblem p : r.problems()) {
                assertThat(p.line()).as(p.toString()).isBetween(1, Math.max(1, lines + 1));
                assertThat(p.message()).isNotBlank();
            }
        });
    }
}
