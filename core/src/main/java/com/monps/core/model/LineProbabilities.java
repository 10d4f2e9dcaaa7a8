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
}
