package org.sourcequiz.authoring;

/**
 * Words attributed to a speaker: a direct quotation (“…”, said X; X: “…”), reported speech
 * (X said that …) or a claim given on someone's authority (according to X). {@code speaker} is
 * the name as the article writes it most fully; {@code role} what the article calls them, or "".
 */
public record QuoteFact(Spot at, String speaker, String role, String words, Attribution attribution) implements Fact {
    public enum Attribution { DIRECT, REPORTED, ACCORDING_TO }

    @Override
    public FactKind kind() {
        return FactKind.QUOTE;
    }
}
