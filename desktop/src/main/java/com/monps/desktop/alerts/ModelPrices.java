package com.monps.desktop.alerts;

import com.monps.core.domain.Opportunity;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The price a goal model gives the opportunity's outcome, shown beside the bookmaker's in an alert. No model exists
 * yet: {@link #NONE} answers nothing, and the alert leaves the model's price out.
 */
@FunctionalInterface
public interface ModelPrices {

    ModelPrices NONE = opportunity -> Optional.empty();

    Optional<BigDecimal> priceOf(Opportunity opportunity);
}
