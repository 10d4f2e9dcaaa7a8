package com.monps.core.agents;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The prices of one read, one {@code BigDecimal} per distinct text: 10^5 latest prices hold a few hundred distinct
 * values (three decimals between 1 and 50), and parsing each one again cost more than the query (bench/RESULTS.md, "scan").
 */
final class Prices {

    private final Map<String, BigDecimal> byText = new HashMap<>();

    /** The price written {@code text}, {@code null} for {@code null} (SQL NULL). */
    BigDecimal of(String text) {
        return text == null ? null : byText.computeIfAbsent(text, BigDecimal::new);
    }
}
