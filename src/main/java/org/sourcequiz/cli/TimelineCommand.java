package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.BankOpening;
import org.sourcequiz.app.TimelineBank;
import org.sourcequiz.explore.TimelineEvent;
import org.sourcequiz.model.Bank;
import org.sourcequiz.tui.TextUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        // One paragraph, for picocli to wrap at the width of its usage message.
        description = "The bank's dated events across the articles in date order: which sources state each one, "
                + "which questions ask about it, and where the sources disagree. A text UI on a terminal, lines otherwise.")
public final class TimelineCommand extends AppCommand {
    @Mixin
    ExploreOptions shown;

    @Option(names = "--source", paramLabel = "ID", split = ",", description = "Only events this source states (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY[-MM]", description = "Only events that end in or after this year or month.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY[-MM]", description = "Only events that start in or before this year or month.")
    String to;

    public TimelineCommand(AppContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        boolean screen = shown.screen(ctx);
        Bank bank = BankOpening.valid(ctx, shown.bankPaths);
        List<TimelineEvent> events = TimelineBank.events(bank, sources, from, to);
        if (screen) {
            Optional<Integer> ended = TextUiLauncher.alone(ctx, global(), args(),
                    settings -> t -> TextUi.timeline(t, bank, settings, TimelineEntry.data(bank, events)));
            if (ended.isPresent()) {
                return ended.get();
            }
        }
        Print.jsonOrLines(ctx, shown.json, () -> TimelineBank.json(events), () -> TimelineBank.plain(events));
        return ExitCodes.OK;
    }
}
