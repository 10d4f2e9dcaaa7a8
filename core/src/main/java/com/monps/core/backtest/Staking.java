package com.monps.core.backtest;

import com.monps.core.odds.Kelly;

import java.math.BigDecimal;

/** How much to stake on a pick, given the bankroll settled so far. */
public sealed interface Staking {

    String name();

    BigDecimal stake(BigDecimal bankroll, Pick pick);

    /** One unit on every pick. */
    record Flat(BigDecimal unit) implements Staking {
        public static final Flat ONE_UNIT = new Flat(BigDecimal.ONE);

        @Override
        public String name() {
            return "flat";
        }

        @Override
        public BigDecimal stake(BigDecimal bankroll, Pick pick) {
            return unit;
        }
    }

    /** {@link Kelly#fractionalStake}: {@code fraction} of full Kelly on the pick's fair probability, at most {@code cap} of the bankroll. */
    record FractionalKelly(double fraction, double cap) implements Staking {
        public static final FractionalKelly QUARTER = new FractionalKelly(0.25, 0.05);

        @Override
        public String name() {
            return "kelly";
        }

        @Override
        public BigDecimal stake(BigDecimal bankroll, Pick pick) {
            if (bankroll.signum() <= 0) {
                return BigDecimal.ZERO;
            }
            return Kelly.fractionalStake(bankroll, pick.price().doubleValue(), pick.fairProbability(), fraction, cap);
        }
    }
}
