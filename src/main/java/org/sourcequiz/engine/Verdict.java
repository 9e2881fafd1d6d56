package org.sourcequiz.engine;

/** The outcome of one answer. */
public enum Verdict { RIGHT, PARTIAL, WRONG, SKIPPED }
