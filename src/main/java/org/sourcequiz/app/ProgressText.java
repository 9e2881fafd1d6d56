package org.sourcequiz.app;

/**
 * What a one-line progress display on a terminal writes: nothing in the first second (quick work
 * shows no progress), then the line redrawn in place with a carriage return, at most ten times a
 * second, padded so a shorter message covers a longer one, and erased at the end. It only says
 * what to write; the command writes it, on a terminal only. Not for several threads at once.
 */
public final class ProgressText {
    private static final long SHOW_AFTER = 1_000_000_000L;
    private static final long REDRAW_EVERY = 100_000_000L;
    /** A classic terminal's width, less one so the cursor does not wrap. */
    private static final int MAX = 79;

    private final long start;
    private long drawn;
    private int width;

    public ProgressText(long startNanos) {
        this.start = startNanos;
    }

    /**
     * The text that draws {@code message} at {@code now} (nanoseconds), or null when nothing is to
     * be drawn yet; a {@code last} message is drawn however soon after the one before.
     */
    public String show(String message, boolean last, long now) {
        if (now - start < SHOW_AFTER || (width > 0 && now - drawn < REDRAW_EVERY && !last)) {
            return null;
        }
        drawn = now;
        String line = message.length() > MAX ? message.substring(0, MAX) : message;
        String text = "\r" + line + " ".repeat(Math.max(0, width - line.length()));
        width = Math.max(width, line.length());
        return text;
    }

    /** The text that erases the line, so the output starts on a clean line; null when none was drawn. */
    public String erase() {
        return width == 0 ? null : "\r" + " ".repeat(width) + "\r";
    }
}
