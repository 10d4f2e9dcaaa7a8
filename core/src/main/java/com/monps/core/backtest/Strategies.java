package com.monps.core.backtest;

import java.util.List;

/** The strategies the command line knows, by name. */
public final class Strategies {

    public static final List<String> NAMES = List.of(ValueVsPinnacle.NAME, AboveAverage.NAME);

    private Strategies() {
    }

    /**
     * @param edge      minimum expected value for {@code value-vs-pinnacle} (0.03 = 3 %)
     * @param threshold how far above the market mean a price must be for {@code above-average} (0.15 = 15 %)
     */
    public static Strategy named(String name, double edge, double threshold) {
        return switch (name) {
            case ValueVsPinnacle.NAME -> new ValueVsPinnacle(edge);
            case AboveAverage.NAME -> new AboveAverage(threshold);
            default -> throw new IllegalArgumentException("unknown strategy '" + name + "': expected one of " + NAMES);
        };
    }
}
