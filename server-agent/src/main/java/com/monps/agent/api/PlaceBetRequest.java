package com.monps.agent.api;

import com.monps.core.domain.Market;
import com.monps.core.domain.NewBet;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;
import java.time.Instant;

import static com.monps.agent.api.Fields.between;
import static com.monps.agent.api.Fields.decimal;
import static com.monps.agent.api.Fields.required;
import static com.monps.agent.api.Fields.requiredText;
import static com.monps.agent.api.Fields.text;

/**
 * Body of {@code POST /bets/place}: the ten fields of a bet, then the agent's optional scores and notes, then the market
 * ({@code h2h} when absent) and the point (the line of the side backed; required on totals and spreads, absent on h2h).
 */
record PlaceBetRequest(String matchId, String homeTeam, String awayTeam, String sport, String league, Instant commenceTime,
                       String outcome, BigDecimal odds, BigDecimal stake, String bookmaker,
                       BigDecimal edgePct, BigDecimal patronScore, BigDecimal patronConfidence, Long opportunityId,
                       String notes, String market, BigDecimal point) {

    /** The bet to record, or a 400 naming the first field that is missing, malformed or out of range. */
    NewBet toNewBet() {
        NewBet bet;
        try {
            bet = NewBet.of(requiredText("match_id", matchId), requiredText("home_team", homeTeam),
                    requiredText("away_team", awayTeam), requiredText("sport", sport), requiredText("league", league),
                    required("commence_time", commenceTime), Outcome.fromCode(required("outcome", outcome)),
                    decimal("odds", required("odds", odds), 8, 3), decimal("stake", required("stake", stake), 14, 2),
                    requiredText("bookmaker", bookmaker), parsedMarket(), decimal("point", point, 5, 2));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        BigDecimal patron = between("patron_score", decimal("patron_score", patronScore, 5, 2), BigDecimal.ZERO, BigDecimal.valueOf(100));
        BigDecimal confidence = between("patron_confidence", decimal("patron_confidence", patronConfidence, 4, 3),
                BigDecimal.ZERO, BigDecimal.ONE);
        return bet.withAgentScores(decimal("edge_pct", edgePct, 9, 3), patron, confidence, opportunityId)
                .withNotes(text("notes", notes, Fields.MAX_NOTES));
    }

    private Market parsedMarket() {
        try {
            return Market.fromCode(market);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'market': " + e.getMessage());
        }
    }
}
