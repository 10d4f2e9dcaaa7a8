package com.monps.agent.oddsapi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One event of {@code /v4/sports/{sport}/odds}, with every bookmaker's markets. */
public record OddsEvent(String id, String sportKey, String sportTitle, Instant commenceTime, String homeTeam,
                        String awayTeam, List<Bookmaker> bookmakers) {

    public OddsEvent {
        bookmakers = bookmakers == null ? List.of() : List.copyOf(bookmakers);
    }

    public record Bookmaker(String key, String title, Instant lastUpdate, List<Market> markets) {
        public Bookmaker {
            markets = markets == null ? List.of() : List.copyOf(markets);
        }
    }

    public record Market(String key, Instant lastUpdate, List<Price> outcomes) {
        public Market {
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        }
    }

    /** One outcome of a market; {@code point} is the goal line (totals) or the team's signed handicap (spreads), null for h2h. */
    public record Price(String name, BigDecimal price, BigDecimal point) {

        public Price(String name, BigDecimal price) {
            this(name, price, null);
        }
    }
}
