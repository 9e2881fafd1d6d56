package org.sourcequiz.cli;

/** How a command prints what it found. */
public enum OutputFormat { TEXT, JSON }
