package com.monps.desktop.opportunities;

import com.monps.core.domain.Opportunity;
import com.monps.core.repo.OpportunityBoard;
import com.monps.desktop.fx.MarketSide;

import java.math.BigDecimal;

/**
 * An opportunity as a table row, with the Kelly stake the trader's settings give it (null without a fair probability)
 * and agent E's goal-model price of its outcome (null when the model could not price the match).
 */
public record OpportunityRow(OpportunityBoard.Entry entry, BigDecimal kellyStake, BigDecimal modelPrice) {

    public Opportunity opportunity() {
        return entry.opportunity();
    }

    public MarketSide side() {
        return MarketSide.of(opportunity());
    }

    public String league() {
        return entry.match().league() == null ? entry.match().sportKey() : entry.match().league();
    }

    /** Edge in percent (the stored edge is a fraction). */
    public BigDecimal edgePct() {
        return opportunity().edgeValue().movePointRight(2);
    }
}
