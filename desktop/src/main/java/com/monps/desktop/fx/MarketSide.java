package com.monps.desktop.fx;

import com.monps.core.domain.Market;
import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * What a bet or an opportunity backs: the market, the line ({@code point}, null on 1X2) and the side. Table columns
 * sort it by market, then line, then side.
 */
public record MarketSide(Market market, BigDecimal point, Outcome outcome) implements Comparable<MarketSide> {

    private static final Comparator<MarketSide> ORDER = Comparator.comparing(MarketSide::market)
            .thenComparing(MarketSide::point, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(MarketSide::outcome);

    public static MarketSide of(Opportunity opportunity) {
        return new MarketSide(opportunity.market(), opportunity.point(), opportunity.outcome());
    }

    @Override
    public int compareTo(MarketSide other) {
        return ORDER.compare(this, other);
    }
}
