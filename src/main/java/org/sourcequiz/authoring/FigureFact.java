package org.sourcequiz.authoring;

import java.math.BigDecimal;

/**
 * A figure: an amount, a count with its unit, a percentage or a rank ("third largest").
 * {@code number} is the figure as written ("200,000", "$1 billion", "41. 3%") at
 * {@code numberStart}..{@code numberEnd}; {@code high} is the top of a range ("36–44"), else null.
 */
public record FigureFact(Spot at, BigDecimal value, BigDecimal high, String unit, String number,
                         int numberStart, int numberEnd, boolean rank) implements Fact {
    @Override
    public FactKind kind() {
        return FactKind.FIGURE;
    }
}
