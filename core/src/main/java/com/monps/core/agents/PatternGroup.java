package com.monps.core.agents;

import com.monps.core.domain.Outcome;

/**
 * A group of bets agent C measures: league ({@link #ALL_LEAGUES} for every league), outcome (home, draw, away), role
 * (favourite = the lowest price of the three, else underdog) and price bucket.
 */
public record PatternGroup(String league, Outcome outcome, boolean favourite, String bucket) implements PatternKey {

    public static final String ALL_LEAGUES = "all leagues";

    private static final double[] BUCKET_EDGES = {1.5, 2.0, 3.0, 5.0};
    private static final String[] BUCKETS = {"below 1.50", "1.50-1.99", "2.00-2.99", "3.00-4.99", "5.00 and above"};

    public static PatternGroup of(String league, Outcome outcome, double[] prices) {
        double price = prices[outcome.ordinal()];
        boolean favourite = price <= Math.min(prices[0], Math.min(prices[1], prices[2]));
        return new PatternGroup(league, outcome, favourite, bucket(price));
    }

    static String bucket(double price) {
        for (int i = 0; i < BUCKET_EDGES.length; i++) {
            if (price < BUCKET_EDGES[i]) {
                return BUCKETS[i];
            }
        }
        return BUCKETS[BUCKETS.length - 1];
    }

    public String label() {
        return league + ", " + outcome.code() + " " + (favourite ? "favourite" : "underdog") + " at " + bucket;
    }
}
