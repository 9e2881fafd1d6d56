package org.sourcequiz.interop;

/** A question an export left out ({@code skipped}) or wrote with a loss ({@code warning}). */
public record ExportProblem(String id, String kind, String severity, String message) {}
