package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quiz FILE.gift|.txt|.xml} runs on the file itself, here in plain mode. */
class QuizMoodleFileTest {
    @TempDir
    Path dir;

    private CliRun quiz(String input, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "quiz";
        all[1] = "--plain";
        all[2] = "--data-dir";
        all[3] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.withInput(dir, Clock.systemUTC(), Map.of(), input, all);
    }

    @Test
    void aGiftFile() throws Exception {
        Files.writeString(dir.resolve("a.gift"), "Snow is white.{TRUE ####It reflects all colours.}\n");
        CliRun r = quiz("t\n", "a.gift");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Snow is white.").contains("RIGHT").contains("It reflects all colours.");
    }

    @Test
    void anAikenFileAndAMoodleXmlFileTogether() throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Capital of Belarus?\nA) Minsk\nB) Vilnius\nANSWER: A\n");
        Files.writeString(dir.resolve("c.xml"), "<quiz><question type=\"truefalse\"><questiontext><text>Ice is cold.</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer></question></quiz>");
        CliRun r = quiz("t\n1\n1\n", "--seed", "3", "b.txt", "c.xml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Capital of Belarus?").contains("Ice is cold.").contains("2 questions");
    }

    @Test
    void formatOverridesTheExtension() throws Exception {
        Files.writeString(dir.resolve("d.data"), "Two plus two?{#4}\n");
        CliRun r = quiz("4\n", "--format", "gift", "d.data");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("RIGHT");
    }

    @Test
    void aFileWithABrokenBlockIsRefusedWithItsLine() throws Exception {
        Files.writeString(dir.resolve("e.gift"), "Fine?{T}\n\nBroken {=a\n");
        CliRun r = quiz("", "e.gift");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("sourcequiz: e.gift:3:")
                .contains("(1 block cannot be read; `sourcequiz import e.gift --out DIR` reports each)");
    }
}
