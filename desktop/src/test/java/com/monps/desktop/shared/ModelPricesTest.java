package com.monps.desktop.shared;

import com.monps.core.domain.Opportunity;
import com.monps.core.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ModelPricesTest {

    @Test
    void theAlertReadsTheModelsPriceFromTheScansDetails() {
        assertThat(ModelPrices.FROM_DETAILS.priceOf(opportunity("{\"rule\": \"anomaly-ev\", \"model_prob\": 0.52, \"model_price\": 1.92}")))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1.92"));
        assertThat(ModelPrices.FROM_DETAILS.priceOf(opportunity("{\"rule\": \"anomaly-ev\", \"model_price\": null}"))).isEmpty();
        assertThat(ModelPrices.FROM_DETAILS.priceOf(opportunity(null))).isEmpty();
    }

    private static Opportunity opportunity(String details) {
        return new Opportunity(1L, "m1", Outcome.HOME, "bet365", new BigDecimal("2.15"), new BigDecimal("0.045"),
                new BigDecimal("0.36"), "anomaly-ev", new BigDecimal("0.486"), new BigDecimal("9.98"), new BigDecimal("27.96"),
                new BigDecimal("0.360"), details, Instant.parse("2024-08-15T12:00:00Z"));
    }
}
