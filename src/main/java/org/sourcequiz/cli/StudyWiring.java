package org.sourcequiz.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.sourcequiz.bank.BankLoader;
import org.sourcequiz.model.Bank;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Charts.Glyphs;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.study.StudyDays;

/** Builds the study side (scheduler, history, chart glyphs) from the context and the global options. */
final class StudyWiring {
    private StudyWiring() {}

    static Fsrs fsrs(AppContext ctx) {
        return new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ctx.clock().getZone()));
    }

    /**
     * The scheduler, made by the first use that needs it: it needs the time zone, and reading the
     * zone rules costs a cold JVM tens of milliseconds that Home's first screen need not wait for.
     */
    static Supplier<Fsrs> fsrsWhenNeeded(AppContext ctx) {
        return new Once<>(() -> fsrs(ctx));
    }

    static Path historyFile(AppContext ctx, GlobalOptions g) {
        if (!HistoryFiles.isValidProfile(g.profile)) {
            throw new UserInputException("--profile " + g.profile + ": a profile name is up to 64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        return HistoryFiles.historyFile(ctx.dataDir(g), g.profile);
    }

    /** Opens nothing yet: the file is opened by the first call that needs it. */
    static SqliteHistory history(AppContext ctx, GlobalOptions g) {
        return new SqliteHistory(historyFile(ctx, g), fsrsWhenNeeded(ctx), HistoryFiles.nativeCache(ctx.dataDir(g)));
    }

    static Bank bank(AppContext ctx, BankOptions options) {
        return options.loadValid(new BankLoader(ctx.workingDir()));
    }

    /** Block characters when the locale says UTF-8, ASCII otherwise (LANG=C, old consoles) or when asked. */
    static Glyphs glyphs(AppContext ctx, boolean ascii) {
        if (ascii) {
            return Glyphs.ASCII;
        }
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = ctx.env().get(var);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8") ? Glyphs.UNICODE : Glyphs.ASCII;
            }
        }
        return Glyphs.ASCII;
    }

    /** The terminal's width when the shell exports it, else the classic 80. */
    static int width(AppContext ctx) {
        String columns = ctx.env().get("COLUMNS");
        try {
            return columns == null ? 80 : Math.max(40, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
