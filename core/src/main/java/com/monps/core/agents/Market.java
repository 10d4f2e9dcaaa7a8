package com.monps.core.agents;

import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;

import java.util.LinkedHashMap;
import java.util.Map;

/** An upcoming match with each bookmaker's latest 1X2 prices before the scan's time and before kick-off. */
public record Market(Match match, Map<String, OddsSnapshot> latest) {

    public Market {
        latest = Map.copyOf(latest);
    }

    /** Home, draw and away prices by bookmaker, as {@link FairMarket#of} takes them. */
    public Map<String, double[]> pricesByBookmaker() {
        Map<String, double[]> prices = new LinkedHashMap<>();
        latest.forEach((bookmaker, s) -> prices.put(bookmaker,
                new double[] {s.home().doubleValue(), s.draw().doubleValue(), s.away().doubleValue()}));
        return prices;
    }
}
