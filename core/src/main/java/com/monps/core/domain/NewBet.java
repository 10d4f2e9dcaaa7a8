package com.monps.core.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A bet as the trader records it, before the database gives it an id. The ten fields of {@link #of} are required;
 * the agent's scores and notes are optional. A bet is on {@link Market#H2H} unless {@link #on} says otherwise; totals
 * and spreads need a {@code point} (the line of the side backed). Invalid odds, stakes, markets, outcomes or points are
 * refused here with the field and the reason ({@link InvalidFieldException}), and again by the database.
 */
public record NewBet(String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                     Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
                     BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, boolean agentRecommended,
                     Long opportunityId, String notes, Instant placedAt, Market market, BigDecimal point) {

    public NewBet {
        Objects.requireNonNull(matchId, "match id");
        Objects.requireNonNull(homeTeam, "home team");
        Objects.requireNonNull(awayTeam, "away team");
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(commenceTime, "commence time");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(bookmaker, "bookmaker");
        if (odds == null || odds.compareTo(BigDecimal.ONE) <= 0) {
            throw new InvalidFieldException("odds", "odds must be greater than 1 (got " + odds + ")");
        }
        if (stake == null || stake.signum() <= 0) {
            throw new InvalidFieldException("stake", "stake must be greater than 0 (got " + stake + ")");
        }
        if (bookmaker.isBlank()) {
            throw new InvalidFieldException("bookmaker", "bookmaker must not be blank");
        }
        market = market == null ? Market.H2H : market;
        point = BetLine.check(market, outcome, point);
    }

    public static NewBet of(String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                            Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker) {
        return of(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker, Market.H2H, null);
    }

    /** A bet on {@code market} at {@code point}: the line of the side backed, null for h2h. */
    public static NewBet of(String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                            Outcome outcome, BigDecimal odds, BigDecimal stake, String bookmaker, Market market,
                            BigDecimal point) {
        return new NewBet(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker,
                null, null, null, false, null, null, null, market, point);
    }

    /** The same bet on {@code onMarket} at {@code atPoint} (null for h2h), checked as the constructor checks it. */
    public NewBet on(Market onMarket, BigDecimal atPoint) {
        return new NewBet(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker,
                edgePct, patronScore, patronConfidence, agentRecommended, opportunityId, notes, placedAt, onMarket, atPoint);
    }

    public NewBet withAgentScores(BigDecimal edge, BigDecimal patron, BigDecimal confidence, Long fromOpportunity) {
        return new NewBet(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker,
                edge, patron, confidence, fromOpportunity != null, fromOpportunity, notes, placedAt, market, point);
    }

    public NewBet withNotes(String text) {
        return new NewBet(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker,
                edgePct, patronScore, patronConfidence, agentRecommended, opportunityId, text, placedAt, market, point);
    }

    public NewBet placedAt(Instant when) {
        return new NewBet(matchId, homeTeam, awayTeam, sport, league, commenceTime, outcome, odds, stake, bookmaker,
                edgePct, patronScore, patronConfidence, agentRecommended, opportunityId, notes, when, market, point);
    }
}
