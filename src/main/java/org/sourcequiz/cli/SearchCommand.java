package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.app.SearchOutput;
import org.sourcequiz.app.Warnings;
import org.sourcequiz.explore.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the questions' prompts, answers, explanations and passages (and the articles, with --sources).",
                "Case and diacritics do not matter (Krums finds Krūms), one slip or swap of two letters is forgiven,",
                "and \"words in quotes\" must appear as a phrase. Best hits first; matches are marked **like this**.",
                "On a terminal the search screen opens with the words typed; --plain or --json print the hits."})
public final class SearchCommand extends AppCommand {
    static final int DEFAULT_LIMIT = 20;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "What to search for; any text is taken as words.")
    List<String> words = new ArrayList<>();

    @Mixin
    ExploreOptions shown = new ExploreOptions();

    @Option(names = "--sources", paramLabel = "DIR",
            description = "Also search the article texts in DIR (default: $SOURCEQUIZ_SOURCES when set), paragraph by paragraph.")
    Path sources;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N hits (default: " + DEFAULT_LIMIT + ").")
    int limit = DEFAULT_LIMIT;

    public SearchCommand(AppContext ctx) {
        super(ctx);
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
        List<String> rest = List.of(args).subList(1, args.length);
        c.shown.plain = rest.contains("--plain");
        c.shown.json = rest.contains("--json");
        rest.stream().filter(a -> !a.equals("--plain") && !a.equals("--json")).forEach(c.words::add);
        // An option, or picocli's @file, is picocli's to read.
        boolean plainWords = c.words.stream().noneMatch(w -> w.isEmpty() || w.startsWith("-") || w.startsWith("@"));
        return plainWords ? c : null;
    }

    @Override
    public Integer call() {
        boolean screen = shown.screen(ctx);
        String query = SearchOutput.query(words, limit);
        SearchBank.Opened opened = SearchBank.open(ctx, shown.bankPaths, sources, global().dataDir);
        if (screen) {
            return SearchEntry.screen(ctx, global(), args(), opened, query).orElseGet(() -> print(opened, query));
        }
        return print(opened, query);
    }

    private int print(SearchBank.Opened opened, String query) {
        opened.warning().ifPresent(new Warnings(ctx.err())::warn);
        List<SearchHit> hits = opened.index().search(query, limit);
        (shown.json ? List.of(SearchOutput.json(hits)) : SearchOutput.lines(query, hits)).forEach(ctx.out()::println);
        return ExitCodes.OK;
    }
}
