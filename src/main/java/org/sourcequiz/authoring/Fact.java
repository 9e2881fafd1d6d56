package org.sourcequiz.authoring;

/** A fact found in an article: a date, a figure or a quotation with its speaker. */
public sealed interface Fact permits DateFact, FigureFact, QuoteFact {
    Spot at();

    FactKind kind();
}
