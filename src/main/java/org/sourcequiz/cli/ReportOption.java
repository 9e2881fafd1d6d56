package org.sourcequiz.cli;

import picocli.CommandLine.Option;

/** `--report text|json` of the commands that write files (import, export) and report on standard output what they wrote. */
final class ReportOption {
    @Option(names = "--report", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json, on standard output (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    boolean json() {
        return format == OutputFormat.JSON;
    }
}
