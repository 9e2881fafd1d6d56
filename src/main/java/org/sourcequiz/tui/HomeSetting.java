package org.sourcequiz.tui;

/** The quiz settings on Home, in the order they are shown. */
public enum HomeSetting { MODE, COUNT, TAG, KIND }
