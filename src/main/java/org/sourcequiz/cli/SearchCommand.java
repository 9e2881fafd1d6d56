package org.sourcequiz.cli;

import org.sourcequiz.app.UserInputException;
import org.sourcequiz.app.UsageException;
import org.sourcequiz.app.Json;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.app.AppContext;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.model.Bank;
import org.sourcequiz.text.TerminalSafety;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the questions' prompts, answers, explanations and passages (and the articles, with --sources).",
                "Case and diacritics do not matter (Krums finds Krūms), one slip or swap of two letters is forgiven,",
                "and \"words in quotes\" must appear as a phrase. Best hits first; matches are marked **like this**."})
public final class SearchCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 20;

    private final AppContext ctx;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "What to search for; any text is taken as words.")
    List<String> words = new ArrayList<>();

    @Option(names = "--bank", paramLabel = "PATH", split = ",",
            description = "Search these question files or folders instead of the bundled bank (repeatable).")
    List<Path> bankPaths = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Also search the article texts in DIR (default: $SOURCEQUIZ_SOURCES when set), paragraph by paragraph.")
    Path sources;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--plain", description = "One hit per two lines, for scripts and screen readers.")
    boolean plain;

    @Option(names = "--json", description = "The hits as JSON (the shape is in the README).")
    boolean json;

    public SearchCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageException("--limit must be 1 or more, not " + limit);
        }
        if (plain && json) {
            throw new UsageException("--plain and --json cannot be used together");
        }
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw new UsageException("give the words to search for, e.g. `sourcequiz search Zapad` or `sourcequiz search \"Union State\"`");
        }
        SearchBank.Opened opened = open(loadBank());
        List<SearchHit> hits = opened.index().search(query, limit);
        if (!opened.missing().isEmpty()) {
            new Warnings(ctx.err()).warn("no article text in " + sourcesDir().orElseThrow() + " for "
                    + String.join(", ", opened.missing()) + "; their questions are searched, not their articles");
        }
        if (json) {
            ctx.out().println(Json.write(Map.of("hits", hits.stream().map(SearchCommand::json).toList())));
            return ExitCodes.OK;
        }
        print(query, hits);
        return ExitCodes.OK;
    }

    private Bank loadBank() {
        return org.sourcequiz.app.BankOpening.valid(ctx, bankPaths);
    }

    private Optional<Path> sourcesDir() {
        if (sources != null) {
            return Optional.of(ctx.workingDir().resolve(sources));
        }
        String env = ctx.env().get("SOURCEQUIZ_SOURCES");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(ctx.workingDir().resolve(env));
    }

    private SearchBank.Opened open(Bank bank) {
        Optional<Path> dir = sourcesDir();
        try {
            return SearchBank.open(bank, dir);
        } catch (IOException e) {
            throw new UserInputException("cannot read the articles: " + e.getMessage()
                    + " (--sources takes the folder of the article texts named in questions/sources.yaml)");
        }
    }

    /** The contract of README's "Search" section: the same keys on every hit. */
    static Map<String, Object> json(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", h.type() == SearchHit.Type.QUESTION ? "question" : "article");
        m.put("id", h.questionId());
        m.put("set", h.setId());
        m.put("source", h.sourceId());
        m.put("paragraph", h.type() == SearchHit.Type.ARTICLE ? h.paragraph() : null);
        m.put("score", Math.round(h.score() * 1000) / 1000.0);
        m.put("snippet", h.snippet().marked("**", "**"));
        return m;
    }

    private void print(String query, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            ctx.out().println("No hits for " + TerminalSafety.sanitize(query.strip()) + ".");
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            String where = h.type() == SearchHit.Type.QUESTION
                    ? h.questionId() + "  (" + h.setId() + ", source " + h.sourceId() + ")"
                    : "article " + h.sourceId() + ", paragraph " + h.paragraph();
            ctx.out().printf("%d. %s  %.2f%n", i + 1, TerminalSafety.sanitize(where), h.score());
            ctx.out().println("   " + TerminalSafety.sanitize(h.snippet().marked("**", "**")).replace('\n', ' '));
        }
        if (hits.stream().anyMatch(h -> h.question().isPresent())) {
            ctx.out().println("A quiz on these: sourcequiz quiz --search " + TerminalSafety.sanitize(shellWord(query.strip())));
        }
    }

    private static String shellWord(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
