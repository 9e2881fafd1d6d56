package org.sourcequiz.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The sets and tags a command keeps to (quiz, export); none given: all. */
final class SetTagOptions {
    @Option(names = "--set", paramLabel = "ID", split = ",", description = "Only this set (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "TAG", split = ",", description = "Only questions with this tag (repeatable).")
    List<String> tags = new ArrayList<>();
}
