package com.monps.agent.collect;

import com.monps.agent.oddsapi.OddsEvent;
import com.monps.core.domain.OddsSnapshot;
import com.monps.core.domain.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one event's bookmakers into 1X2 rows. Outcomes are matched to home and away by team name, {@code "Draw"} is the
 * draw (absent in two-way sports: the row's draw stays null). Only the {@code h2h} market is read ({@code h2h_lay} and
 * the others are ignored); a bookmaker without it, or whose prices do not name both teams, is skipped with a warning.
 */
final class H2hPrices {

    private static final Logger log = LoggerFactory.getLogger(H2hPrices.class);
    private static final String DRAW = "Draw";

    private H2hPrices() {
    }

    static List<OddsSnapshot> of(OddsEvent event, Instant collectedAt) {
        List<OddsSnapshot> rows = new ArrayList<>(event.bookmakers().size());
        for (OddsEvent.Bookmaker bookmaker : event.bookmakers()) {
            bookmaker.markets().stream().filter(m -> "h2h".equals(m.key())).findFirst()
                    .flatMap(market -> row(event, bookmaker, market, collectedAt))
                    .ifPresent(rows::add);
        }
        return rows;
    }

    private static Optional<OddsSnapshot> row(OddsEvent event, OddsEvent.Bookmaker bookmaker, OddsEvent.Market market,
                                              Instant collectedAt) {
        Map<Outcome, BigDecimal> prices = new EnumMap<>(Outcome.class);
        for (OddsEvent.Price price : market.outcomes()) {
            Outcome outcome = outcomeOf(event, price.name());
            if (outcome == null) {
                return skip(event, bookmaker, "outcome '" + price.name() + "' names neither team");
            }
            prices.put(outcome, price.price());
        }
        if (!prices.containsKey(Outcome.HOME) || !prices.containsKey(Outcome.AWAY)) {
            return skip(event, bookmaker, "a team's price is missing");
        }
        Instant lastUpdate = market.lastUpdate() != null ? market.lastUpdate() : bookmaker.lastUpdate();
        try {
            return Optional.of(new OddsSnapshot(event.id(), bookmaker.key(), prices.get(Outcome.HOME), prices.get(Outcome.DRAW),
                    prices.get(Outcome.AWAY), collectedAt, lastUpdate));
        } catch (IllegalArgumentException e) {
            return skip(event, bookmaker, e.getMessage());
        }
    }

    private static Outcome outcomeOf(OddsEvent event, String name) {
        if (name.equals(event.homeTeam())) {
            return Outcome.HOME;
        }
        if (name.equals(event.awayTeam())) {
            return Outcome.AWAY;
        }
        return DRAW.equals(name) ? Outcome.DRAW : null;
    }

    private static Optional<OddsSnapshot> skip(OddsEvent event, OddsEvent.Bookmaker bookmaker, String reason) {
        log.warn("event {} ({} v {}): bookmaker {} skipped: {}", event.id(), event.homeTeam(), event.awayTeam(),
                bookmaker.key(), reason);
        return Optional.empty();
    }
}
