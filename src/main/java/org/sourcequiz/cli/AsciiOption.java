package org.sourcequiz.cli;

import picocli.CommandLine.Option;

/** `--ascii` of the commands that draw charts (stats, analyze). */
final class AsciiOption {
    @Option(names = "--ascii", description = "Draw charts with ASCII characters only.")
    boolean ascii;
}
