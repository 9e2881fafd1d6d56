package org.sourcequiz.explore;

import org.sourcequiz.model.Source;

/** A source of the bank with how many questions cite it and how many distinct passages they quote. */
public record SourceSummary(Source source, int questions, int passages) {}
