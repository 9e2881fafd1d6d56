package org.sourcequiz.cli;

import org.sourcequiz.app.BankOpening;

import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.AppContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sourcequiz.app.CoverageJob;
import org.sourcequiz.authoring.ArticleException;
import org.sourcequiz.authoring.Coverage;
import org.sourcequiz.authoring.Fact;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.text.TerminalSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = {"Which dates, figures and quotations of each article no question's passage covers,",
                "with the article's line numbers. Exit 0 when the report is made, 1 when the bank or an article cannot be read."})
public final class CoverageCommand implements Callable<Integer> {
    private static final int BAR = 30;
    private static final int SHOWN = 70;
    private final AppContext ctx;

    @Mixin
    BankOptions bank;

    @Option(names = "--sources", paramLabel = "DIR", required = true, description = "Folder with the articles' texts.")
    Path sourcesDir;

    @Option(names = "--json", description = "The report as JSON.")
    boolean json;

    public CoverageCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<Coverage.Report> reports;
        try {
            reports = CoverageJob.run(org.sourcequiz.app.BankOpening.valid(ctx, bank.paths), ctx.workingDir().resolve(sourcesDir));
        } catch (ArticleException e) {
            throw new UserInputException(e.getMessage());
        }
        if (json) {
            ctx.out().println(Json.write(json(reports)));
            return ExitCodes.OK;
        }
        int width = reports.stream().mapToInt(r -> r.sourceId().length()).max().orElse(0);
        for (Coverage.Report r : reports) {
            int filled = r.facts() == 0 ? BAR : Math.round((float) BAR * r.covered() / r.facts());
            ctx.out().println(String.format("%-" + width + "s %s%s %d/%d facts covered", r.sourceId(), "█".repeat(filled),
                    "░".repeat(BAR - filled), r.covered(), r.facts()));
        }
        for (Coverage.Report r : reports) {
            if (r.uncovered().isEmpty()) {
                continue;
            }
            ctx.out().println();
            ctx.out().println(r.sourceId() + ": " + r.uncovered().size() + " not covered");
            for (Fact f : r.uncovered()) {
                String text = TerminalSafety.sanitize(f.at().text()).replaceAll("\\s+", " ");
                ctx.out().println(String.format("  line %4d  %-6s  %s", f.at().line(), f.kind().label(),
                        text.length() > SHOWN ? text.substring(0, SHOWN - 1) + "…" : text));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(List<Coverage.Report> reports) {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Coverage.Report r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.sourceId());
            m.put("facts", r.facts());
            m.put("covered", r.covered());
            List<Map<String, Object>> uncovered = new ArrayList<>();
            for (Fact f : r.uncovered()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("line", f.at().line());
                u.put("kind", f.kind().label());
                u.put("text", f.at().text());
                uncovered.add(u);
            }
            m.put("uncovered", uncovered);
            sources.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sources", sources);
        return out;
    }
}
