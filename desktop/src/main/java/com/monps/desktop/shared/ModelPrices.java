package com.monps.desktop.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.monps.core.domain.Opportunity;
import com.monps.core.json.JsonMappers;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/** The price agent E's goal model gives the opportunity's outcome, shown beside the bookmaker's in an alert. */
@FunctionalInterface
public interface ModelPrices {

    /** No model price at all. */
    ModelPrices NONE = opportunity -> Optional.empty();

    /** The {@code model_price} the scan wrote into the opportunity's details, when the model could price the match. */
    ModelPrices FROM_DETAILS = opportunity -> {
        if (opportunity.details() == null) {
            return Optional.empty();
        }
        try {
            JsonNode price = JsonMappers.tolerant().readTree(opportunity.details()).path("model_price");
            return price.isNumber() ? Optional.of(price.decimalValue()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    };

    Optional<BigDecimal> priceOf(Opportunity opportunity);
}
