package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcequiz.app.AppContext;
import picocli.CommandLine;

class CommandLineTest {
    @Test
    void versionNamesTheProject() {
        CliRun r = CliRun.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("sourcequiz 0.");
    }

    @Test
    void theFastPathsAnswerAsPicocliWould() {
        StringWriter version = new StringWriter();
        AppContext ctx = new AppContext(Path.of(""), Map.of(), new PrintWriter(version, true), new PrintWriter(new StringWriter()));
        assertThat(Main.commandLine(ctx).execute("--version")).isZero();

        assertThat(CliRun.run("--version").out()).isEqualTo(version.toString());
        assertThat(CliRun.run("-V").out()).isEqualTo(version.toString());
        // No arguments skips picocli; an option that changes nothing goes through it: same Home.
        CliRun direct = CliRun.run();
        CliRun parsed = CliRun.run("--profile", "default");
        assertThat(direct.exit()).isZero();
        assertThat(direct.out()).contains("here are the question sets").isEqualTo(parsed.out());
    }

    @Test
    void aCommandBuiltAloneIsTheCommandBuiltAmongAll() {
        AppContext ctx = new AppContext(Path.of(""), Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine all = Main.commandLine(ctx);
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = Main.commandLine(ctx, new String[] {"--no-color", name, "--help"});
            // completion writes a script for every command, so it is built with all of them
            assertThat(alone.getSubcommands()).as("only the command named is built")
                    .containsOnlyKeys(name.equals("completion") ? all.getSubcommands().keySet() : java.util.Set.of(name));
            assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name)
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage());
        }
        assertThat(Main.commandLine(ctx, new String[] {"--help"}).getSubcommands()).containsOnlyKeys(all.getSubcommands().keySet());
        assertThat(CliRun.run("--help").out()).contains("validate").contains("completion").contains("history");
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine cl = Main.commandLine(new AppContext(Path.of(""), Map.of(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        assertThat(cl.getSubcommands()).isNotEmpty();
        for (String name : cl.getSubcommands().keySet()) {
            CliRun r = CliRun.run(name, "--help");
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: sourcequiz " + name);
        }
    }

    @Test
    void completionScriptCoversTheCommands() {
        CliRun r = CliRun.run("completion");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("complete -F").contains("validate").contains("schema");
    }

    @Test
    void listCountsByKindTagAndSource() throws Exception {
        CliRun text = CliRun.run("list", "src/test/resources/bank/fixture");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("demo  Demo set  (9 questions)\n  kinds:   choice 1, date 1, match 1, multi 1, number 1, open 1, order 1, text 1, truefalse 1\n");
        JsonNode json = new ObjectMapper().readTree(CliRun.run("list", "--format", "json", "src/test/resources/bank/fixture").out());
        assertThat(json.get("sets").get(0).get("tags").get("figure").asInt()).isEqualTo(4);
        assertThat(json.get("total").get("sources").get("demo").asInt()).isEqualTo(9);
    }

    @Test
    void listRefusesABrokenBank() {
        CliRun r = CliRun.run("list", "src/test/resources/bank/ten");
        assertThat(r.exit()).isEqualTo(1);
        // The first error where it is, so the one line is enough to start fixing.
        assertThat(r.err()).matches("sourcequiz: src/test/resources/bank/ten/[^:]+:\\d+:\\d+: error: .+ \\(10 errors in the question files; "
                + "`sourcequiz validate src/test/resources/bank/ten` lists them\\)\n");
    }

    @Test
    void schemaIsValidJson() throws Exception {
        CliRun r = CliRun.run("schema");
        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("$defs").has("choice")).isTrue();
    }
}
