package com.monps.agent.clv;

import com.monps.core.model.ImpliedGoals;
import com.monps.core.model.ImpliedGoalsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * A match's closing market as the implied CLV of a moved line reads it: the de-vigged 1X2 and, when quoted, the
 * de-vigged over 2.5, from Pinnacle or else the consensus ({@code source} says which). {@link #implied()} solves the
 * goal expectancies behind it ({@link ImpliedGoals}): λh, λa and ρ when the total is there, else λh, λa at
 * {@link #RHO_WITHOUT_TOTAL}; their score grid prices any side at any line ({@link com.monps.core.model.SidePrices}).
 */
record ClosingMarket(String source, double home, double draw, double away, Double over25) {

    /**
     * ρ of a 1X2 quoted without its total. Chosen on the shared seasons: pricing Pinnacle's closing Asian handicap
     * (its de-vigged pair at {@code AHCh}) from its closing 1X2 alone missed it by 0.00459 on average at ρ = −0.05 and
     * 0.00547 at ρ = 0 (ImpliedGoalsOnRealSeasonsTest, 4,096 matches; 0.0061 at ρ = −0.09 on a sample); with the total
     * and ρ solved, by 0.00421. See docs/markets.md.
     */
    static final double RHO_WITHOUT_TOTAL = -0.05;

    private static final Logger log = LoggerFactory.getLogger(ClosingMarket.class);

    /** The solved expectancies and the market they came from, e.g. {@code pinnacle_1x2_total}. */
    record Implied(ImpliedGoals goals, String source) {
    }

    /**
     * The goal expectancies of this market, or empty if none reproduce it (logged with the solver's reason). A total no
     * ρ can reconcile with the 1X2 is dropped, with a warning, for the 1X2 alone.
     */
    Optional<Implied> implied(String matchId) {
        if (over25 != null) {
            try {
                return Optional.of(new Implied(ImpliedGoals.fromMatchOddsAndTotal(home, draw, away, over25),
                        source + "_1x2_total"));
            } catch (ImpliedGoalsException e) {
                log.warn("implied CLV of match {}: the closing total is left out: {}", matchId, e.getMessage());
            }
        }
        try {
            return Optional.of(new Implied(ImpliedGoals.fromMatchOdds(home, draw, away, RHO_WITHOUT_TOTAL), source + "_1x2"));
        } catch (ImpliedGoalsException e) {
            log.warn("implied CLV of match {}: none: {}", matchId, e.getMessage());
            return Optional.empty();
        }
    }
}
