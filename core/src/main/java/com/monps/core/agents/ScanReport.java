package com.monps.core.agents;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a scan did: markets looked at, opportunities written, the bankroll B sized them on, C's history size and the
 * leagues E's goal model priced.
 */
public record ScanReport(Instant asOf, int markets, int opportunities, BigDecimal bankroll, int historyMatches,
                         int modelledLeagues) {

    public String describe() {
        return String.format("as of %s: %d upcoming markets, %d opportunities written (bankroll %s, %d played matches "
                        + "learnt, goal model for %d league(s))",
                asOf, markets, opportunities, bankroll.toPlainString(), historyMatches, modelledLeagues);
    }
}
