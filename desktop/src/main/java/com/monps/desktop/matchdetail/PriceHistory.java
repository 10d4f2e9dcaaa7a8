package com.monps.desktop.matchdetail;

import com.monps.core.domain.Match;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A match and every price stored for it, grouped by bookmaker, with the closing price (last at or before kick-off). */
public record PriceHistory(Match match, Map<String, List<OddsSnapshot>> byBookmaker) {

    public static PriceHistory of(Match match, List<OddsSnapshot> prices) {
        Map<String, List<OddsSnapshot>> grouped = new LinkedHashMap<>();
        for (OddsSnapshot price : prices) {
            grouped.computeIfAbsent(price.bookmaker(), b -> new java.util.ArrayList<>()).add(price);
        }
        return new PriceHistory(match, grouped);
    }

    /** The bookmaker's last price for {@code outcome} collected at or before kick-off. */
    public Optional<BigDecimal> closing(String bookmaker, Outcome outcome) {
        return byBookmaker.getOrDefault(bookmaker, List.of()).stream()
                .filter(p -> !p.collectedAt().isAfter(match.commenceTime()))
                .reduce((first, second) -> second)
                .map(p -> p.price(outcome));
    }
}
