package com.monps.core.agents;

import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;

import java.math.BigDecimal;

/**
 * A group of line bets agent C measures: league ({@link PatternGroup#ALL_LEAGUES} for every league), market, side and
 * line bucket. Totals: below 2.5, 2.5 (the line football-data records and most books headline), above 2.5. Spreads, by
 * the handicap of the side backed: −1.25 and below (a clear favourite), −1 to −0.25, 0 (level), +0.25 to +1,
 * +1.25 and above.
 */
public record LinePatternGroup(String league, Market market, Outcome side, String bucket) implements PatternKey {

    private static final BigDecimal TWO_AND_A_HALF = new BigDecimal("2.5");
    private static final BigDecimal ONE_AND_A_QUARTER = new BigDecimal("1.25");

    /** @param sidePoint the line of the side backed (for spreads its own handicap) */
    public static LinePatternGroup of(String league, Market market, Outcome side, BigDecimal sidePoint) {
        return new LinePatternGroup(league, market, side, bucket(market, sidePoint));
    }

    static String bucket(Market market, BigDecimal sidePoint) {
        if (market == Market.TOTALS) {
            int vs = sidePoint.compareTo(TWO_AND_A_HALF);
            return vs < 0 ? "below 2.5" : vs == 0 ? "2.5" : "above 2.5";
        }
        if (sidePoint.signum() == 0) {
            return "0";
        }
        boolean large = sidePoint.abs().compareTo(ONE_AND_A_QUARTER) >= 0;
        if (sidePoint.signum() < 0) {
            return large ? "-1.25 and below" : "-1 to -0.25";
        }
        return large ? "+1.25 and above" : "+0.25 to +1";
    }

    @Override
    public String label() {
        return league + ", " + market.code() + " " + side.code() + " at " + bucket;
    }
}
