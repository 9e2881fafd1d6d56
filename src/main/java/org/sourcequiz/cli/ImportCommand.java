package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.ImportJob;
import org.sourcequiz.app.InteropReports;
import org.sourcequiz.interop.InteropFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn Moodle GIFT, Aiken and Moodle XML files into question files, one per category.",
                "Exit 0 when every block was read, 1 when one could not be (the rest is still written unless --strict)."})
public final class ImportCommand extends AppCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "GIFT, Aiken or Moodle XML files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the question files.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "gift, aiken or moodlexml (default: found from each file's content).")
    InteropFormat format;

    @Mixin
    ReportOption report;

    @Option(names = "--strict", description = "Write nothing when any block cannot be read.")
    boolean strict;

    public ImportCommand(AppContext ctx) {
        super(ctx);
    }

    /**
     * {@code import FILE... --out DIR [--format F] [--report json|text] [--strict]} read without
     * picocli's model, a fifth of a large import's time (README, Speed); null for any other line,
     * which picocli reads and reports on.
     */
    static ImportCommand direct(AppContext ctx, String[] args) {
        if (args.length < 4 || !args[0].equals("import")) {
            return null;
        }
        ImportCommand c = new ImportCommand(ctx);
        c.report = new ReportOption();
        Map<String, String> values = new java.util.HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--strict")) {
                c.strict = true;
            } else if (a.equals("--out") || a.equals("--format") || a.equals("--report")) {
                String v = ++i < args.length ? args[i] : "";
                if (v.isEmpty() || v.startsWith("-") || v.startsWith("@") || values.put(a, v) != null) {
                    return null;
                }
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null;
            } else {
                c.files.add(Path.of(a));
            }
        }
        String format = values.get("--format");
        c.format = format == null ? null : InteropFormat.named(format).orElse(null);
        String report = values.getOrDefault("--report", "text").toLowerCase(java.util.Locale.ROOT);
        c.report.format = report.equals("json") ? OutputFormat.JSON : OutputFormat.TEXT;
        boolean known = (format == null || c.format != null) && (report.equals("text") || report.equals("json"));
        c.out = values.containsKey("--out") ? Path.of(values.get("--out")) : null;
        return known && c.out != null && !c.files.isEmpty() ? c : null;
    }

    @Override
    public Integer call() {
        ImportJob.Result result;
        try (ProgressLine progress = ProgressLine.forStderr(ctx)) {
            result = ImportJob.run(ctx.workingDir(), files, out, format, strict, InteropReports.importProgress(progress::show));
        }
        Print.jsonOrLines(ctx, report.json(), () -> Map.of("files", result.reports()),
                () -> InteropReports.importLines(result, out, strict));
        return result.hasErrors() ? ExitCodes.INPUT : ExitCodes.OK;
    }
}
