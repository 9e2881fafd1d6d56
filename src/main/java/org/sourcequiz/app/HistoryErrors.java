package org.sourcequiz.app;

import java.util.ArrayList;
import java.util.List;
import org.sourcequiz.study.HistoryException;

/** The one-line message for a history that cannot be used: the file, what is wrong, and the command that fixes it. */
public final class HistoryErrors {
    private HistoryErrors() {}

    public static String message(HistoryException e, String[] args) {
        String same = sameHistoryOptions(args);
        String fix = switch (e.reason()) {
            case DAMAGED -> "run `sourcequiz" + same + " history move-aside` to keep it aside and start a new history";
            case NEWER_VERSION -> "upgrade sourcequiz, or keep a separate history with --profile NAME or --data-dir DIR";
            case NOT_A_HISTORY -> "choose another folder with --data-dir DIR, or move that file away";
            case INACCESSIBLE -> "check the file and its folder, or choose another folder with --data-dir DIR";
            case READ_ONLY -> "make it writable, or choose another folder with --data-dir DIR";
            case DISK_FULL -> "free some space on that disk, or choose another folder with --data-dir DIR";
        };
        return e.file() + ": " + e.detail() + "; " + fix;
    }

    /** The --data-dir and --profile the user gave, so the suggested command acts on the same file. */
    private static String sameHistoryOptions(String[] args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data-dir") || a.equals("--profile")) && i + 1 < args.length) {
                kept.add(a + " " + quote(args[++i]));
            } else if (a.startsWith("--data-dir=") || a.startsWith("--profile=")) {
                int eq = a.indexOf('=');
                kept.add(a.substring(0, eq) + " " + quote(a.substring(eq + 1)));
            }
        }
        return kept.isEmpty() ? "" : " " + String.join(" ", kept);
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9._/~:@%+=-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
