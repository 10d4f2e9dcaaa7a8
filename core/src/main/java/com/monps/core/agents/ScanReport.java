package com.monps.core.agents;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a scan did: markets looked at, opportunities written, the bankroll B sized them on, C's history size, the
 * leagues E's goal model priced, how it scanned ("incremental", or "full, " and why) and where its time went.
 */
public record ScanReport(Instant asOf, int markets, int opportunities, BigDecimal bankroll, int historyMatches,
                         int modelledLeagues, String mode, ScanPhases phases) {

    public boolean full() {
        return mode.startsWith("full");
    }

    public String describe() {
        return String.format("as of %s: %d upcoming markets, %d opportunities written (bankroll %s, %d played matches "
                        + "learnt, goal model for %d league(s); %s) in %s",
                asOf, markets, opportunities, bankroll.toPlainString(), historyMatches, modelledLeagues,
                full() ? mode.replaceFirst("full", "full scan") : "incremental scan of what changed", phases);
    }
}
