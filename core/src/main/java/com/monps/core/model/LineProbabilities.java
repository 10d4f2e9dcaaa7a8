package com.monps.core.model;

/**
 * The five ways a bet on a goal line (a total or an Asian handicap) can settle, as probabilities summing to 1. A
 * half line only wins or loses; a whole line can push (stake back); a quarter line is two half stakes on the
 * neighbouring half and whole lines, so it can also half-win (one half wins, the other is refunded) or half-lose.
 */
public record LineProbabilities(double win, double halfWin, double push, double halfLoss, double loss) {

    /** The other side of the same line: over ↔ under, home handicap ↔ the away side's opposite handicap. */
    public LineProbabilities opposite() {
        return new LineProbabilities(loss, halfLoss, push, halfWin, win);
    }

    /**
     * The fair price of the bet as a probability: {@code 1 / fairOdds()}. At decimal odds o the expected profit per unit
     * is {@code (win + halfWin/2)(o − 1) − (loss + halfLoss/2)} (a half-win pays half the winnings and refunds the other
     * half; a half-loss loses half the stake; a push returns it), which is 0 at
     * {@code o = 1 + (loss + halfLoss/2) / (win + halfWin/2)}, so the fair probability is
     * {@code (win + halfWin/2) / (win + halfWin/2 + loss + halfLoss/2)}: the pushed mass (a whole push, half of each half
     * result) drops out. For a half line it is just {@code win}; it is also what de-vigging a two-way quote of the line
     * gives, so {@code (odds × p − 1) × 100} is the same no-vig CLV for a quoted and a priced line.
     */
    public double fairProbability() {
        double returned = win + halfWin / 2;
        return returned / (returned + loss + halfLoss / 2);
    }

    /** The fair decimal odds of the bet: the price at which its expected profit is 0 ({@link #fairProbability()}). */
    public double fairOdds() {
        // Profit per unit at odds o: win (o − 1), half-win (o − 1)/2, push 0, half-loss −½, loss −1.
        double returned = win + halfWin / 2;
        double lost = loss + halfLoss / 2;
        return 1 + lost / returned;
    }

    /**
     * Expected profit per unit staked at decimal {@code price}: win {@code (o − 1)}, half-win {@code (o − 1)/2}, push 0,
     * half-loss −½, loss −1, each weighted by its probability.
     */
    public double expectedValue(double price) {
        return (win + halfWin / 2) * (price - 1) - halfLoss / 2 - loss;
    }

    /** The share of the stake that is ever won or lost: a push refunds all of it and a half result half of it. */
    public double shareAtRisk() {
        return 1 - push - (halfWin + halfLoss) / 2;
    }

    /** Whether the line can only win or lose (a half line, or the 1X2 way of betting). */
    public boolean winOrLoseOnly() {
        return halfWin == 0 && push == 0 && halfLoss == 0;
    }

    /**
     * A side whose only outcomes are a win with probability {@code p} or a loss: a half line, or a 1X2 outcome.
     */
    public static LineProbabilities winOrLose(double p) {
        return new LineProbabilities(p, 0, 0, 0, 1 - p);
    }

    /**
     * The settlement probabilities whose {@link #fairOdds()} are {@code fairOdds} and whose push and half results
     * carry the probability they have in {@code shape} (the same side at the same line priced by a score grid). A
     * two-way market's de-vigged price says how the stake at risk splits between winning and losing but not how often
     * the line pushes or half-settles; the grid says that. Win + half-win/2 = shareAtRisk / fairOdds follows from the
     * fair price making the expected profit 0.
     *
     * @throws IllegalArgumentException when the shape's push and half masses leave no room for those fair odds
     */
    public static LineProbabilities withFairOdds(double fairOdds, LineProbabilities shape) {
        double atRisk = shape.shareAtRisk();
        double win = atRisk / fairOdds - shape.halfWin / 2;
        double loss = 1 - shape.push - shape.halfWin - shape.halfLoss - win;
        if (win < 0 || loss < 0) {
            throw new IllegalArgumentException("fair odds " + fairOdds + " do not fit the line's push and half results " + shape);
        }
        return new LineProbabilities(win, shape.halfWin, shape.push, shape.halfLoss, loss);
    }

    /** {@code (1 − weight) × this + weight × other}, result by result (both sum to 1, so the mix does). */
    public LineProbabilities blendedWith(LineProbabilities other, double weight) {
        return new LineProbabilities(mix(win, other.win, weight), mix(halfWin, other.halfWin, weight),
                mix(push, other.push, weight), mix(halfLoss, other.halfLoss, weight), mix(loss, other.loss, weight));
    }

    private static double mix(double a, double b, double weight) {
        return (1 - weight) * a + weight * b;
    }
}
