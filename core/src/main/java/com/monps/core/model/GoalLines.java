package com.monps.core.model;

/**
 * Settles a goal line against the distribution of a whole-number quantity X (total goals, or the goal difference).
 * The bet's margin is {@code d = X + offset}: {@code offset = −line} for an over, {@code +line} for a home handicap.
 * A quarter line is two half stakes at {@code offset ± ¼}; otherwise both halves are the same bet. Each half wins
 * ({@code d > 0}), is refunded ({@code d = 0}) or loses, and the sum of the halves' signs is the settlement:
 * 2 win, 1 half-win, 0 push, −1 half-loss, −2 loss (one half winning while the other loses is impossible).
 */
final class GoalLines {

    private GoalLines() {
    }

    /**
     * @param distribution P(X = first + i) at index i
     * @param line         the line as the bettor gave it, for the error message
     * @throws IllegalArgumentException if the line is not a finite multiple of 0.25
     */
    static LineProbabilities settle(double[] distribution, int first, double offset, double line) {
        double quarters = offset * 4;
        if (!Double.isFinite(quarters) || quarters != Math.rint(quarters)) {
            throw new IllegalArgumentException("a goal line must be a multiple of 0.25, got " + line);
        }
        // In quarter-goal units everything is an exact integer.
        long offsetQuarters = (long) quarters;
        long halfSpread = Math.floorMod(offsetQuarters, 2) == 1 ? 1 : 0;
        double[] bySettlement = new double[5];
        for (int i = 0; i < distribution.length; i++) {
            long margin = 4L * (first + i) + offsetQuarters;
            int settlement = Long.signum(margin - halfSpread) + Long.signum(margin + halfSpread);
            bySettlement[settlement + 2] += distribution[i];
        }
        return new LineProbabilities(bySettlement[4], bySettlement[3], bySettlement[2], bySettlement[1], bySettlement[0]);
    }
}
