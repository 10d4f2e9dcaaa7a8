package com.monps.core.agents;

import java.math.BigDecimal;
import java.time.Instant;

/** What a scan did: markets looked at, opportunities written, the bankroll B sized them on and C's history size. */
public record ScanReport(Instant asOf, int markets, int opportunities, BigDecimal bankroll, int historyMatches) {

    public String describe() {
        return String.format("as of %s: %d upcoming markets, %d opportunities written (bankroll %s, %d played matches learnt)",
                asOf, markets, opportunities, bankroll.toPlainString(), historyMatches);
    }
}
