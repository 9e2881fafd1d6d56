package org.sourcequiz.app;

import java.util.Locale;
import java.util.function.Supplier;
import org.sourcequiz.store.HistoryFiles;
import org.sourcequiz.store.SqliteHistory;
import org.sourcequiz.study.Charts.Glyphs;
import org.sourcequiz.study.Fsrs;
import org.sourcequiz.study.FsrsParameters;
import org.sourcequiz.study.StudyDays;

/** Builds the study side (scheduler, history, chart glyphs) from the context and the global options. */
public final class StudyWiring {
    private StudyWiring() {}

    public static Fsrs fsrs(AppContext ctx) {
        return new Fsrs(FsrsParameters.DEFAULT, StudyDays.in(ctx.clock().getZone()));
    }

    /**
     * The scheduler, made by the first use that needs it: it needs the time zone, and reading the
     * zone rules costs a cold JVM tens of milliseconds that Home's first screen need not wait for.
     */
    public static Supplier<Fsrs> fsrsWhenNeeded(AppContext ctx) {
        return new Once<>(() -> fsrs(ctx));
    }

    /** Opens nothing yet: the file is opened by the first call that needs it. */
    public static SqliteHistory history(AppContext ctx, HistoryChoice choice) {
        return new SqliteHistory(choice.file(ctx), fsrsWhenNeeded(ctx), HistoryFiles.nativeCache(choice.dataDir(ctx)));
    }

    /** Block characters when the locale says UTF-8, ASCII otherwise (LANG=C, old consoles) or when asked. */
    public static Glyphs glyphs(AppContext ctx, boolean ascii) {
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
    public static int width(AppContext ctx) {
        String columns = ctx.env().get("COLUMNS");
        try {
            return columns == null ? 80 : Math.max(40, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
