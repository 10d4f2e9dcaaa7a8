package com.monps.core.odds;

import com.monps.core.domain.BetStatus;
import com.monps.core.domain.Market;
import com.monps.core.domain.Outcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Settles a single bet from the final score, or voids it when the match was cancelled or abandoned: 1X2 here, goal totals
 * and Asian handicaps by {@link LineSettlement}.
 */
public final class Settlement {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private Settlement() {
    }

    /**
     * Settles a bet on {@code pick} from the final score. Won: {@code payout = round(stake × odds, 2)} half up
     * (as PostgreSQL's {@code round(numeric, 2)}, which the database checks) and {@code profit = payout − stake}.
     * Lost: {@code payout = 0.00}, {@code profit = −stake}.
     *
     * @throws IllegalArgumentException if the stake is not positive or has fractions of a cent, the odds are
     *                                  not greater than 1, or a goal count is negative
     */
    public static SettlementResult settle(Outcome pick, BigDecimal stake, BigDecimal odds,
                                          int homeGoals, int awayGoals) {
        Objects.requireNonNull(pick, "pick");
        if (!Outcome.RESULTS.contains(pick)) {
            throw new IllegalArgumentException("an h2h bet backs home, draw or away, not " + pick.code());
        }
        BigDecimal cents = requireStake(stake);
        Checks.requireOdds(odds);
        Outcome actual = resultOf(homeGoals, awayGoals);
        String score = homeGoals + "-" + awayGoals;
        if (actual != pick) {
            return new SettlementResult(BetStatus.LOST, actual, score, ZERO, cents.negate());
        }
        BigDecimal payout = cents.multiply(odds).setScale(2, RoundingMode.HALF_UP);
        return new SettlementResult(BetStatus.WON, actual, score, payout, payout.subtract(cents));
    }

    /** Settles a bet of any market: {@link #settle(Outcome, BigDecimal, BigDecimal, int, int)} for h2h, else {@link LineSettlement}. */
    public static SettlementResult settle(Market market, Outcome pick, BigDecimal point, BigDecimal stake, BigDecimal odds,
                                          int homeGoals, int awayGoals) {
        return market == null || market == Market.H2H
                ? settle(pick, stake, odds, homeGoals, awayGoals)
                : LineSettlement.settle(market, pick, point, stake, odds, homeGoals, awayGoals);
    }

    /**
     * Voids a bet whose match was cancelled or abandoned: {@code payout = stake}, {@code profit = 0.00}, and no
     * result or score.
     *
     * @throws IllegalArgumentException if the stake is not positive or has fractions of a cent
     */
    public static SettlementResult cancelled(BigDecimal stake) {
        return new SettlementResult(BetStatus.VOID, null, null, requireStake(stake), ZERO);
    }

    /**
     * The 1X2 result of a final score: {@code HOME} if {@code homeGoals > awayGoals}, {@code AWAY} if fewer,
     * {@code DRAW} if equal.
     *
     * @throws IllegalArgumentException if a goal count is negative
     */
    public static Outcome resultOf(int homeGoals, int awayGoals) {
        if (homeGoals < 0 || awayGoals < 0) {
            throw new IllegalArgumentException("goals cannot be negative, got " + homeGoals + "-" + awayGoals);
        }
        return homeGoals > awayGoals ? Outcome.HOME : homeGoals < awayGoals ? Outcome.AWAY : Outcome.DRAW;
    }

    /** The stake with exactly 2 decimals; a stake in fractions of a cent cannot be stored, so it is rejected. */
    static BigDecimal requireStake(BigDecimal stake) {
        if (stake == null || stake.signum() <= 0) {
            throw new IllegalArgumentException("stake must be positive, got " + stake);
        }
        try {
            return stake.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("stake must be whole cents, got " + stake, e);
        }
    }
}
