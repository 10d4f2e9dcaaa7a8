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

    /** The fair decimal odds of the bet: the price at which its expected profit is 0. */
    public double fairOdds() {
        // Profit per unit at odds o: win (o − 1), half-win (o − 1)/2, push 0, half-loss −½, loss −1.
        double returned = win + halfWin / 2;
        double lost = loss + halfLoss / 2;
        return 1 + lost / returned;
    }
}
