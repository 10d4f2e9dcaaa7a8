package com.monps.core.model;

import com.monps.core.odds.Clv;

/**
 * Backing the model's value at Bet365's opening price: one unit on every outcome whose model EV
 * {@code p × price − 1} exceeds the edge, settled on the result, with the no-vig CLV against Pinnacle's de-vigged close.
 */
public record ValueBetting(double edge, int bets, int wins, double profit, double roiPct, double avgClvPct) {

    static final class Accumulator {

        private final double edge;
        private int bets;
        private int wins;
        private double profit;
        private double clv;

        Accumulator(double edge) {
            this.edge = edge;
        }

        void add(double[] model, double[] bet365, double[] pinnacleClose, int result) {
            for (int i = 0; i < 3; i++) {
                if (model[i] * bet365[i] - 1 > edge) {
                    bets++;
                    boolean won = i == result;
                    wins += won ? 1 : 0;
                    profit += won ? bet365[i] - 1 : -1;
                    clv += Clv.noVigFraction(bet365[i], pinnacleClose[i]);
                }
            }
        }

        ValueBetting result() {
            return new ValueBetting(edge, bets, wins, profit, bets == 0 ? Double.NaN : 100 * profit / bets,
                    bets == 0 ? Double.NaN : 100 * clv / bets);
        }
    }
}
