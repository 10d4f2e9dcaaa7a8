package com.monps.desktop.alerts;

import com.monps.core.domain.Opportunity;
import com.monps.core.repo.OpportunityBoard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** An opportunity the trader was alerted to, when, the Kelly stake their settings give it and the model's price if any. */
public record OpportunityAlert(OpportunityBoard.Entry entry, BigDecimal kellyStake, Optional<BigDecimal> modelPrice, Instant alertedAt) {

    public Opportunity opportunity() {
        return entry.opportunity();
    }

    /** Edge in percent (the stored edge is a fraction). */
    public BigDecimal edgePct() {
        return opportunity().edgeValue().movePointRight(2);
    }
}
