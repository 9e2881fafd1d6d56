package org.sourcequiz.tui;

import java.util.List;

/** A box drawn over the screen: help, or a question that needs a yes or no. */
record Overlay(String title, List<String> lines, String footer) {
    Overlay {
        lines = List.copyOf(lines);
    }
}
