package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.app.SearchOutput;
import org.sourcequiz.app.TerminalCheck;
import org.sourcequiz.app.UsageException;
import org.sourcequiz.app.Warnings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the questions' prompts, answers, explanations and passages (and the articles, with --sources).",
                "Case and diacritics do not matter (Krums finds Krūms), one slip or swap of two letters is forgiven,",
                "and \"words in quotes\" must appear as a phrase. Best hits first; matches are marked **like this**.",
                "On a terminal the search screen opens with the words typed; --plain or --json print the hits."})
public final class SearchCommand implements Callable<Integer> {
    static final int DEFAULT_LIMIT = 20;

    private final AppContext ctx;
    @Spec
    CommandSpec spec;
    /** The command line, when Main runs the command without picocli (so with the global options' defaults). */
    private String[] direct;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "What to search for; any text is taken as words.")
    List<String> words = new ArrayList<>();

    @Option(names = "--bank", paramLabel = "PATH", split = ",",
            description = "Search these question files or folders instead of the bundled bank (repeatable).")
    List<Path> bankPaths = new ArrayList<>();

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Also search the article texts in DIR (default: $SOURCEQUIZ_SOURCES when set), paragraph by paragraph.")
    Path sources;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N hits (default: " + DEFAULT_LIMIT + ").")
    int limit = DEFAULT_LIMIT;

    @Option(names = "--plain", description = "One hit per two lines, for scripts and screen readers.")
    boolean plain;

    @Option(names = "--json", description = "The hits as JSON (the shape is in the README).")
    boolean json;

    public SearchCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    /**
     * `search` with words and at most --plain or --json, run without picocli (whose model of a command
     * is a tenth of a first search); null for anything else, which picocli parses as usual.
     */
    static SearchCommand direct(AppContext ctx, String[] args) {
        if (args.length < 2 || !args[0].equals("search")) {
            return null;
        }
        SearchCommand c = new SearchCommand(ctx);
        c.direct = args;
        for (String a : List.of(args).subList(1, args.length)) {
            if (a.equals("--plain") || a.equals("--json")) {
                c.plain |= a.equals("--plain");
                c.json |= a.equals("--json");
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null; // an option, or picocli's @file: picocli's to read
            } else {
                c.words.add(a);
            }
        }
        return c;
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
        GlobalOptions global = direct != null ? new GlobalOptions() : Globals.of(spec);
        SearchBank.Opened opened = SearchBank.open(ctx, bankPaths, sources, global.dataDir);
        if (!plain && !json && TerminalCheck.interactive(ctx.env())) {
            String[] args = direct != null ? direct : spec.root().commandLine().getParseResult().originalArgs().toArray(String[]::new);
            return SearchEntry.screen(ctx, global, args, opened, query).orElseGet(() -> print(opened, query));
        }
        return print(opened, query);
    }

    private int print(SearchBank.Opened opened, String query) {
        opened.warning().ifPresent(new Warnings(ctx.err())::warn);
        if (json) {
            ctx.out().println(SearchOutput.json(opened.index().search(query, limit)));
        } else {
            SearchOutput.lines(query, opened.index().search(query, limit)).forEach(ctx.out()::println);
        }
        return ExitCodes.OK;
    }
}
