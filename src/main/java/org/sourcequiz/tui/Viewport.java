package org.sourcequiz.tui;

/**
 * What the last paint showed of a scrolling body, so scroll keys can move by a page and stop at
 * the ends.
 *
 * @param scroll the first body row shown
 * @param rows   body rows on screen
 * @param max    the largest useful scroll
 */
record Viewport(int scroll, int rows, int max) {
    static final Viewport NONE = new Viewport(0, 10, 0);

    int clamp(int wanted) {
        return Math.max(0, Math.min(max, wanted));
    }
}
